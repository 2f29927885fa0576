using LetterStudio.Data.Setup;
using LetterStudio.Domain.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data.Backups;

/// <summary>
/// Copies of the SQLite studio made with SQLite's online backup API, consistent while the web app and print workers
/// keep writing (the copy is one committed state, never a half-written page), and restored only after a check.
/// SQL Server has its own (BACKUP DATABASE; see README).
/// </summary>
public sealed class SqliteBackup(DatabaseConnection connection, LetterStudioDbContext db)
{
    /// <summary>Writes a consistent copy of the live database to <paramref name="file"/>, which must not exist yet.</summary>
    public async Task<long> BackupAsync(string file, CancellationToken ct = default)
    {
        RequireSqlite();
        var target = Path.GetFullPath(file);
        if (File.Exists(target)) throw new DomainValidationException("FILE", $"{target} exists already; choose a new file, a backup never overwrites one.");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using (var source = new SqliteConnection(connection.ConnectionString))
        await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString()))
        {
            await source.OpenAsync(ct);
            await copy.OpenAsync(ct);
            source.BackupDatabase(copy);
            // A copy is a standalone file: no WAL beside it.
            await Execute(copy, "PRAGMA journal_mode=DELETE;", ct);
        }
        await CheckAsync(target, ct);
        return new FileInfo(target).Length;
    }

    /// <summary>
    /// Checks <paramref name="file"/> (SQLite's integrity check, a LetterStudio schema no newer than this program) and
    /// copies it over the live database with the same backup API. Stop the web app and workers first.
    /// </summary>
    public async Task RestoreAsync(string file, CancellationToken ct = default)
    {
        RequireSqlite();
        var source = Path.GetFullPath(file);
        if (!File.Exists(source)) throw new DomainValidationException("FILE", $"{source} does not exist.");
        await CheckAsync(source, ct);
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        await using (var backup = Open(source))
        {
            await backup.OpenAsync(ct);
            var applied = await Strings(backup, "SELECT MigrationId FROM __EFMigrationsHistory", ct);
            var unknown = applied.Where(m => !known.Contains(m)).ToList();
            if (unknown.Count > 0)
                throw new DomainValidationException("FILE", $"{source} was made by a newer LetterStudio (migration {unknown[0]} is unknown here); restore it with that version.");
            await using var live = new SqliteConnection(connection.ConnectionString);
            await live.OpenAsync(ct);
            backup.BackupDatabase(live);
        }
        SqliteConnection.ClearAllPools();
    }

    /// <summary>SQLite's own integrity check, and the tables a studio has.</summary>
    public static async Task CheckAsync(string file, CancellationToken ct = default)
    {
        await using var check = Open(file);
        try
        {
            await check.OpenAsync(ct);
            var result = await Strings(check, "PRAGMA integrity_check;", ct);
            if (result is not ["ok"])
                throw new DomainValidationException("FILE", $"{file} fails SQLite's integrity check: {string.Join("; ", result.Take(3))}");
            var tables = await Strings(check, "SELECT name FROM sqlite_master WHERE type = 'table'", ct);
            if (!tables.Contains("__EFMigrationsHistory") || !tables.Contains("Orders"))
                throw new DomainValidationException("FILE", $"{file} is an SQLite database, but not a LetterStudio studio.");
        }
        catch (SqliteException ex)
        {
            throw new DomainValidationException("FILE", $"{file} is not a readable SQLite database: {ex.Message}");
        }
    }

    private void RequireSqlite()
    {
        if (connection.Provider != DatabaseProviders.Sqlite)
            throw new DomainValidationException("Database:Provider", "db backup and db restore copy SQLite studios; back up SQL Server with BACKUP DATABASE and PostgreSQL with pg_dump (see docs/operations.md).");
    }

    private static SqliteConnection Open(string file) =>
        new(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());

    private static async Task Execute(SqliteConnection c, string sql, CancellationToken ct)
    {
        await using var command = c.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<List<string>> Strings(SqliteConnection c, string sql, CancellationToken ct)
    {
        await using var command = c.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add(reader.GetString(0));
        return rows;
    }
}
