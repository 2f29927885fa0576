using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Web.Tests;

/// <summary>
/// The demo studio's database as the web app makes it at its first start (migrated, seeded, demo sign-ins), made once
/// per test run and copied into each <see cref="StudioFactory"/>'s data folder before its app starts. The app then
/// finds nothing to migrate or seed, so a fresh studio per test costs a file copy instead of a migration, a seed and
/// the password hashing of every demo sign-in.
/// </summary>
internal static class StudioTemplate
{
    private static readonly Lazy<Task<StudioFactory>> Template = new(async () =>
    {
        var factory = new StudioFactory { FromTemplate = false };
        // Starting the host is what migrates and seeds; a scope proves it is up.
        await using var scope = factory.Services.CreateAsyncScope();
        return factory;
    });

    /// <summary>Settings under which the app would seed something else than the template holds.</summary>
    public static bool Changes(IReadOnlyDictionary<string, string> settings) =>
        settings.Keys.Any(k => k.StartsWith("Database:", StringComparison.OrdinalIgnoreCase)
            || k.Equals("Studio:DemoPassword", StringComparison.OrdinalIgnoreCase)
            || k.Equals("Studio:DataFolder", StringComparison.OrdinalIgnoreCase));

    /// <summary>Writes the template's database into the data folder (SQLite's online backup: the template's last writes may sit in its WAL).</summary>
    public static void CopyInto(string dataFolder)
    {
        // Off the caller's thread: the factory builds its host synchronously, and the template's start is async.
        var template = Task.Run(() => Template.Value).GetAwaiter().GetResult();
        using var from = Open(Path.Combine(template.DataFolder, "letterstudio.db"));
        using var to = Open(Path.Combine(dataFolder, "letterstudio.db"));
        from.BackupDatabase(to);
    }

    public static async Task DisposeAsync()
    {
        if (Template.IsValueCreated) await (await Template.Value).DisposeAsync();
    }

    private static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
