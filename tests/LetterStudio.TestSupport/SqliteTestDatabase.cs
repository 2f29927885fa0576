using LetterStudio.Data;
using LetterStudio.Data.Seeding;

namespace LetterStudio.TestSupport;

/// <summary>
/// A real SQLite database in a file of its own, copied from a template migrated with the checked-in migrations
/// (see <see cref="TestDatabase"/>, which also runs on PostgreSQL): the same engine and schema the studio runs on,
/// never EF's in-memory provider. Each context it opens is independent, as two requests or two writers would be.
/// </summary>
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    public string Folder { get; }
    public string ConnectionString { get; }

    private SqliteTestDatabase(string folder, string connectionString)
    {
        Folder = folder;
        ConnectionString = connectionString;
    }

    public static async Task<SqliteTestDatabase> CreateAsync(bool seedDemo = false, TimeProvider? time = null)
    {
        var copy = SqliteTemplates.Copy(time is not null ? TemplateKind.Migrated : seedDemo ? TemplateKind.Demo : TemplateKind.Seeded);
        var db = new SqliteTestDatabase(copy.Folder, copy.ConnectionString);
        if (time is not null)
        {
            await using var context = db.Open();
            await DemoStudio.SeedAsync(context, time, seedDemo);
        }
        return db;
    }

    public SqliteLetterStudioDbContext Open() => SqliteTemplates.Open(ConnectionString);

    public ValueTask DisposeAsync()
    {
        TempFolder.Delete(Folder);
        return ValueTask.CompletedTask;
    }
}
