using LetterStudio.Data.Accounts;
using LetterStudio.Data.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LetterStudio.Data.Setup;

/// <summary>Brings the database to the current schema and, when asked, fills an empty one with the demo studio.</summary>
public sealed class DatabaseInitializer(
    LetterStudioDbContext db, DatabaseConnection connection, TimeProvider time, ILogger<DatabaseInitializer> logger,
    UserManager<StudioUser> users, RoleManager<IdentityRole> roles, IOptions<StudioOptions> studio)
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

    /// <summary>
    /// Seeds what every studio needs (the standard occasions, the roles) and, when asked, the demo studio and
    /// its sign-ins into a database that has no customers yet.
    /// </summary>
    /// <returns>True when the demo studio was written.</returns>
    public async Task<bool> SeedAsync(bool demo, CancellationToken ct = default)
    {
        await DemoAccounts.EnsureRolesAsync(roles);
        var seeded = await DemoStudio.SeedAsync(db, time, demo, ct);
        if (demo && studio.Value.DemoPassword is { Length: > 0 } password)
            await DemoAccounts.SeedAsync(users, db, password, ct);
        return seeded;
    }
}
