using LetterStudio.Data;
using LetterStudio.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.TestSupport;

/// <summary>
/// A real SQLite database in a file of its own, migrated with the checked-in migrations: the same engine and
/// schema the studio runs on, never EF's in-memory provider. Each context it opens is independent, as two
/// requests or two writers would be.
/// </summary>
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    public string Folder { get; }
    public string ConnectionString { get; }

    private SqliteTestDatabase(string folder)
    {
        Folder = folder;
        // Pooling off so the file can be deleted when the test ends.
        ConnectionString = $"Data Source={Path.Combine(folder, "letterstudio.db")};Pooling=False";
    }

    public static async Task<SqliteTestDatabase> CreateAsync(bool seedDemo = false, TimeProvider? time = null)
    {
        var db = new SqliteTestDatabase(TempFolder.Create("db"));
        await using var context = db.Open();
        await context.Database.MigrateAsync();
        await DemoStudio.SeedAsync(context, time ?? TimeProvider.System, seedDemo);
        return db;
    }

    public SqliteLetterStudioDbContext Open() =>
        new(new DbContextOptionsBuilder<SqliteLetterStudioDbContext>().UseSqlite(ConnectionString).Options);

    public ValueTask DisposeAsync()
    {
        TempFolder.Delete(Folder);
        return ValueTask.CompletedTask;
    }
}
