using LetterStudio.Data;
using LetterStudio.Data.Seeding;
using LetterStudio.Data.Setup;

namespace LetterStudio.TestSupport;

/// <summary>
/// A fresh database of a test's own, on SQLite or PostgreSQL, with the checked-in migrations applied: the same
/// engines and schema the studio runs on. It is copied from a template that is migrated (and seeded as asked) once
/// per process and provider, so a test pays for a file copy or a <c>CREATE DATABASE ... TEMPLATE</c>, not for the
/// migrations. Each context it opens is independent, as two requests or two writers would be.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<LetterStudioDbContext> open;
    private readonly Func<ValueTask> dispose;

    private TestDatabase(TestProvider provider, string connectionString, Func<LetterStudioDbContext> open, Func<ValueTask> dispose)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.open = open;
        this.dispose = dispose;
        Settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = provider == TestProvider.Postgres ? DatabaseProviders.Postgres : DatabaseProviders.Sqlite,
            ["Database:ConnectionString"] = connectionString,
        };
    }

    public TestProvider Provider { get; }
    public string ConnectionString { get; }

    /// <summary>"Database:Provider" and "Database:ConnectionString" for a host or a child process.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>
    /// A fresh database of its own: copied from a template that is migrated (and seeded as asked) once per
    /// process and provider; a custom TimeProvider seeds a fresh one instead of copying.
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(TestProvider provider = TestProvider.Sqlite, bool seedDemo = false, TimeProvider? time = null)
    {
        // The demo studio's dates are relative to "today"; with a clock of the test's own they must come from that clock.
        var kind = time is not null ? TemplateKind.Migrated : seedDemo ? TemplateKind.Demo : TemplateKind.Seeded;
        var db = provider switch
        {
            TestProvider.Postgres => await FromPostgresAsync(kind),
            _ => FromSqlite(kind),
        };
        if (time is not null)
        {
            await using var context = db.Open();
            await DemoStudio.SeedAsync(context, time, seedDemo);
        }
        return db;
    }

    /// <summary>
    /// Puts a copy of the SQLite template into a data folder as the studio's default database file (letterstudio.db),
    /// for a host or process that finds its database by Studio:DataFolder. Migrating and seeding it at start then
    /// finds nothing to do.
    /// </summary>
    public static void CopySqliteInto(string dataFolder, bool seedDemo = false) =>
        SqliteTemplates.CopyInto(seedDemo ? TemplateKind.Demo : TemplateKind.Seeded, dataFolder);

    public LetterStudioDbContext Open() => open();

    public ValueTask DisposeAsync() => dispose();

    private static TestDatabase FromSqlite(TemplateKind kind)
    {
        var copy = SqliteTemplates.Copy(kind);
        return new TestDatabase(TestProvider.Sqlite, copy.ConnectionString, copy.Open, () =>
        {
            TempFolder.Delete(copy.Folder);
            return ValueTask.CompletedTask;
        });
    }

    private static async Task<TestDatabase> FromPostgresAsync(TemplateKind kind)
    {
        var connectionString = await PostgresTemplates.CloneAsync(kind);
        return new TestDatabase(TestProvider.Postgres, connectionString, () => PostgresTemplates.Open(connectionString),
            () => new ValueTask(PostgresTemplates.DropAsync(connectionString)));
    }
}
