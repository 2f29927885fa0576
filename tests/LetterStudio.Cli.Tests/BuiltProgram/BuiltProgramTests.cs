using System.Text.RegularExpressions;

namespace LetterStudio.Cli.Tests.BuiltProgram;

/// <summary>
/// The built `letterstudio` program as a real process: what the in-process tests cannot see, that Program.cs runs the
/// same command tree, that exit codes reach the shell, that errors go to stderr and settings come from the environment.
/// </summary>
[Category("Process")]
public sealed partial class BuiltProgramTests
{
    private CliSession cli = null!;

    [OneTimeSetUp]
    public async Task MigrateAndSeed()
    {
        cli = new CliSession(realProcess: true);
        var migrate = await cli.RunAsync("db", "migrate");
        Assert.That(migrate.ExitCode, Is.Zero, migrate.ToString());
        var seed = await cli.RunAsync("db", "seed");
        Assert.That(seed.ExitCode, Is.Zero, seed.ToString());
    }

    [OneTimeTearDown]
    public void Clean() => cli.Dispose();

    [Test]
    public async Task The_program_migrates_seeds_and_lists_on_stdout_with_exit_code_0()
    {
        var result = await cli.RunAsync("orders", "list");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout, Does.Contain("6 order(s)."));
        Assert.That(result.Stderr, Is.Empty);
    }

    [Test]
    public async Task A_refused_move_exits_1_with_one_line_on_stderr_and_nothing_on_stdout()
    {
        var list = await cli.RunAsync("orders", "list", "--status", "Received");
        var match = FirstId().Match(list.Stdout);
        Assert.That(match.Success, Is.True, list.ToString());
        var id = match.Groups[1].Value;

        var result = await cli.RunAsync("orders", "advance", id, "--to", "Mailed", "--why", "skip ahead");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stdout, Is.Empty);
        Assert.That(result.Stderr.Trim(), Is.EqualTo($"error: Order {id} is received (Received) and cannot move to Mailed: it can move to Assigned or Cancelled."));
    }

    [Test]
    public async Task A_setting_from_an_environment_variable_reaches_the_program_and_a_bad_one_exits_4()
    {
        var result = await cli.RunAsync(["orders", "list"], new() { ["Database__Provider"] = "Mongo" });

        Assert.That(result.ExitCode, Is.EqualTo(4), result.ToString());
        Assert.That(result.Stderr.Trim(), Does.StartWith("error: Database:Provider 'Mongo' is not a provider LetterStudio knows;").And.Not.Contain("\n"));
    }

    [Test]
    public async Task An_unknown_command_exits_non_zero_and_says_why_on_stderr()
    {
        var result = await cli.RunAsync("orders", "shred");

        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
        Assert.That(result.Stderr, Does.Contain("shred"));
    }

    [GeneratedRegex(@"│\s*(\d+)\s*│")]
    private static partial Regex FirstId();
}
