using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using LetterStudio.Data;
using LetterStudio.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LetterStudio.TestSupport;

/// <summary>
/// PostgreSQL templates: one database per kind, migrated and seeded once, then <c>CREATE DATABASE x TEMPLATE t</c>
/// for each test (a file-level copy inside the server, a few tens of milliseconds).
/// A template outlives the process on a shared server, so its name carries a short hash of what went into it: the
/// migration ids, the build of LetterStudio.Data (the seed's code) and, for the demo studio, the day its dates are
/// relative to. Two branches or versions never share one, and a stale one is never used. It is built under an
/// advisory lock, into a scratch name renamed at the end, so parallel test processes neither race nor see half a
/// template.
/// </summary>
internal static class PostgresTemplates
{
    private const string Prefix = "letterstudio_test_";
    private const long LockKey = 0x4C65747465725354; // "LetterST": one lock for every process building templates
    private static readonly ConcurrentDictionary<TemplateKind, Lazy<Task<string>>> Templates = new();

    public static async Task<string> CloneAsync(TemplateKind kind)
    {
        var template = await Templates.GetOrAdd(kind, k => new Lazy<Task<string>>(() => BuildAsync(k))).Value;
        var server = await PostgresServer.ConnectionStringAsync();
        var name = $"{Prefix}{Guid.NewGuid():N}";
        await using (var admin = await OpenAdminAsync(server))
            await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    public static PostgresLetterStudioDbContext Open(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgresLetterStudioDbContext>().UseNpgsql(connectionString).Options);

    public static async Task DropAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        await using var admin = await OpenAdminAsync(connectionString);
        // FORCE: a host the test started may still hold pooled connections when the test is done with the database.
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{builder.Database}\" WITH (FORCE)");
    }

    private static async Task<string> BuildAsync(TemplateKind kind)
    {
        var server = await PostgresServer.ConnectionStringAsync();
        var name = $"{Prefix}template_{kind.ToString().ToLowerInvariant()}_{Fingerprint(kind)}";
        await using var admin = await OpenAdminAsync(server);
        await ExecuteAsync(admin, $"SELECT pg_advisory_lock({LockKey})");
        try
        {
            if (await ExistsAsync(admin, name)) return name;
            var scratch = $"{name}_building";
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{scratch}\" WITH (FORCE)");
            await ExecuteAsync(admin, $"CREATE DATABASE \"{scratch}\" TEMPLATE template0 ENCODING 'UTF8'");
            // No pooling: a pooled connection left on the template would refuse every CREATE DATABASE ... TEMPLATE.
            var scratchConnection = new NpgsqlConnectionStringBuilder(server) { Database = scratch, Pooling = false }.ToString();
            await using (var context = Open(scratchConnection))
            {
                await context.Database.MigrateAsync();
                if (kind != TemplateKind.Migrated)
                    await DemoStudio.SeedAsync(context, TimeProvider.System, kind == TemplateKind.Demo);
            }
            await ExecuteAsync(admin, $"ALTER DATABASE \"{scratch}\" RENAME TO \"{name}\"");
            return name;
        }
        finally
        {
            await ExecuteAsync(admin, $"SELECT pg_advisory_unlock({LockKey})");
        }
    }

    private static string Fingerprint(TemplateKind kind)
    {
        using var context = Open("Host=127.0.0.1");
        var parts = context.Database.GetMigrations().ToList();
        parts.Add(typeof(LetterStudioDbContext).Assembly.ManifestModule.ModuleVersionId.ToString());
        if (kind == TemplateKind.Demo) parts.Add(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).ToString("O"));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", parts)));
        return Convert.ToHexStringLower(hash)[..10];
    }

    private static async Task<NpgsqlConnection> OpenAdminAsync(string server)
    {
        var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString());
        await admin.OpenAsync();
        return admin;
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection admin, string name)
    {
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
        command.Parameters.AddWithValue("name", name);
        return await command.ExecuteScalarAsync() is not null;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
