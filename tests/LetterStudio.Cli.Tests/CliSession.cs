using LetterStudio.Cli.Hosting;
using LetterStudio.TestSupport;
using Microsoft.Data.Sqlite;

namespace LetterStudio.Cli.Tests;

/// <summary>
/// The `letterstudio` command tree against a studio in a temporary data folder: run in this process with captured
/// output and error (about 0.2 s a command), or, for the tests in category "Process", as the built program in a
/// real process (several seconds a command), to prove exit codes, stderr and environment variables end to end.
/// </summary>
public sealed partial class CliSession(bool realProcess = false) : IDisposable
{
    public string DataFolder { get; } = TempFolder.Create("cli");

    public Task<ProcessRunner.Result> RunAsync(params string[] args) => RunAsync(args, new Dictionary<string, string?>());

    /// <param name="env">Environment variables as a process would get them (Database__Provider, OPENAI_API_KEY, LETTERSTUDIO_...).</param>
    public async Task<ProcessRunner.Result> RunAsync(string[] args, Dictionary<string, string?> env)
    {
        env.TryAdd("Studio__DataFolder", DataFolder);
        if (realProcess) return await ProcessRunner.RunDllAsync(ProcessRunner.FindBuiltDll("LetterStudio.Cli", "letterstudio.dll"), args, env);

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, AsSettings(env));
        return new ProcessRunner.Result(code, output.ToString(), error.ToString());
    }

    /// <summary>The id of the first order `orders list --status` shows in <paramref name="status"/>.</summary>
    public async Task<string> FirstOrderIdAsync(string status)
    {
        var list = await RunAsync("orders", "list", "--status", status);
        var match = FirstId().Match(list.Stdout);
        Assert.That(match.Success, Is.True, list.ToString());
        return match.Groups[1].Value;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"│\s*(\d+)\s*│")]
    private static partial System.Text.RegularExpressions.Regex FirstId();

    /// <summary>Environment variables read as .NET configuration reads them: `__` separates sections, LETTERSTUDIO_ is a prefix.</summary>
    private static Dictionary<string, string?> AsSettings(Dictionary<string, string?> env) =>
        env.ToDictionary(
            e => (e.Key.StartsWith("LETTERSTUDIO_", StringComparison.Ordinal) ? e.Key["LETTERSTUDIO_".Length..] : e.Key).Replace("__", ":", StringComparison.Ordinal),
            e => e.Value);

    /// <summary>A migrated, seeded studio, as after `db migrate` and `db seed`: a copy of one made by those commands once per run.</summary>
    public static async Task<CliSession> SeededAsync()
    {
        var template = await Template.Value;
        var session = new CliSession();
        // SQLite's online backup, not a file copy: the template's last writes may still sit in its WAL.
        using (var from = Open(Path.Combine(template.DataFolder, "letterstudio.db")))
        using (var to = Open(Path.Combine(session.DataFolder, "letterstudio.db")))
            from.BackupDatabase(to);
        return session;
    }

    private static readonly Lazy<Task<CliSession>> Template = new(async () =>
    {
        var session = new CliSession();
        var migrate = await session.RunAsync("db", "migrate");
        Assert.That(migrate.ExitCode, Is.Zero, migrate.ToString());
        var seed = await session.RunAsync("db", "seed");
        Assert.That(seed.ExitCode, Is.Zero, seed.ToString());
        return session;
    });

    private static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose() => TempFolder.Delete(DataFolder);

    /// <summary>Removes the template studio, if this run made one.</summary>
    public static async Task DeleteTemplateAsync()
    {
        if (Template.IsValueCreated) (await Template.Value).Dispose();
    }
}
