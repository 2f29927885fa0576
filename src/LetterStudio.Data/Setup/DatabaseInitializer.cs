using LetterStudio.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LetterStudio.Data.Setup;

/// <summary>Brings the database to the current schema and, when asked, fills an empty one with the demo studio.</summary>
public sealed class DatabaseInitializer(LetterStudioDbContext db, DatabaseConnection connection, TimeProvider time, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        if (connection.Provider == DatabaseProviders.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource;
            if (!string.IsNullOrEmpty(file) && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } dir)
                Directory.CreateDirectory(dir);
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(ct);
        }
        if (connection.Provider == DatabaseProviders.Sqlite)
        {
            // WAL lets the web app, the command line and print workers read while one of them writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    /// <summary>Seeds the standard occasions always, and the demo studio when the database has no customers.</summary>
    /// <returns>True when the demo studio was written.</returns>
    public Task<bool> SeedAsync(bool demo, CancellationToken ct = default) => DemoStudio.SeedAsync(db, time, demo, ct);
}
