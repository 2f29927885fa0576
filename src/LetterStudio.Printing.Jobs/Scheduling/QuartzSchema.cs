using System.Data.Common;
using System.Text.RegularExpressions;
using LetterStudio.Data.Setup;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace LetterStudio.Printing.Jobs.Scheduling;

/// <summary>
/// Creates Quartz's QRTZ_ tables in the order database when they are missing. They come from Quartz's
/// own scripts (embedded as they are published, less their DROP statements) and stay out of the EF
/// migrations: Quartz owns their shape, and an upgrade of Quartz brings its own script.
/// </summary>
public static partial class QuartzSchema
{
    public static async Task EnsureAsync(DatabaseConnection connection, CancellationToken ct = default)
    {
        var sqlite = connection.Provider == DatabaseProviders.Sqlite;
        await using DbConnection db = sqlite ? new SqliteConnection(connection.ConnectionString) : new SqlConnection(connection.ConnectionString);
        await db.OpenAsync(ct);
        // SQLite: BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default), so two processes starting together
        // check and create one after the other. SQL Server: serializable holds the check until commit.
        await using var tx = await db.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
        if (await ExistsAsync(db, tx, sqlite, ct)) return;
        foreach (var statement in Statements(sqlite))
        {
            await using var cmd = db.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = statement;
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    private static async Task<bool> ExistsAsync(DbConnection db, DbTransaction tx, bool sqlite, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sqlite
            ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'QRTZ_LOCKS'"
            : "SELECT COUNT(*) FROM sys.tables WHERE name = 'QRTZ_LOCKS'";
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct)) > 0;
    }

    internal static IReadOnlyList<string> Statements(bool sqlite)
    {
        var name = sqlite ? "quartz-tables-sqlite.sql" : "quartz-tables-sqlserver.sql";
        using var stream = typeof(QuartzSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        var script = new StreamReader(stream).ReadToEnd();
        if (sqlite)
        {
            return script.Split(';').Select(s => s.Trim())
                .Where(s => s.Length > 0 && !s.StartsWith("DROP", StringComparison.OrdinalIgnoreCase))
                .ToList();
        }
        // The SQL Server script is written for SSMS: GO separates batches, USE names a placeholder
        // database, and @DropDb = 1 first drops everything. We run it against the connection's own
        // database, with the drops off.
        script = script.Replace("DECLARE @DropDb BIT = 1", "DECLARE @DropDb BIT = 0", StringComparison.Ordinal);
        return GoLine().Split(script)
            .Select(b => UseLine().Replace(b, "").Trim())
            .Where(b => b.Length > 0 && !b.Split('\n').All(l => l.TrimStart().StartsWith("--", StringComparison.Ordinal) || l.Trim().Length == 0))
            .ToList();
    }

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();

    [GeneratedRegex(@"^\s*USE\s+\[[^\]]*\];?\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex UseLine();
}
