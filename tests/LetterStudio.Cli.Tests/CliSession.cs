using LetterStudio.TestSupport;

namespace LetterStudio.Cli.Tests;

/// <summary>The built `letterstudio` program run as a real process against a studio in a temporary data folder.</summary>
public sealed class CliSession : IDisposable
{
    public string DataFolder { get; } = TempFolder.Create("cli");
    private readonly string dll = ProcessRunner.FindBuiltDll("LetterStudio.Cli", "letterstudio.dll");

    public Task<ProcessRunner.Result> RunAsync(params string[] args) => RunAsync(args, new Dictionary<string, string?>());

    public Task<ProcessRunner.Result> RunAsync(string[] args, Dictionary<string, string?> env)
    {
        env.TryAdd("Studio__DataFolder", DataFolder);
        return ProcessRunner.RunDllAsync(dll, args, env);
    }

    /// <summary>A migrated, seeded studio, as after `db migrate` and `db seed`.</summary>
    public static async Task<CliSession> SeededAsync()
    {
        var session = new CliSession();
        var migrate = await session.RunAsync("db", "migrate");
        Assert.That(migrate.ExitCode, Is.Zero, migrate.ToString());
        var seed = await session.RunAsync("db", "seed");
        Assert.That(seed.ExitCode, Is.Zero, seed.ToString());
        return session;
    }

    public void Dispose() => TempFolder.Delete(DataFolder);
}
