using Microsoft.Data.Sqlite;

namespace LetterStudio.Cli.Tests.Database;

/// <summary>
/// `db backup` copies the studio while it is written to, and the copy is one committed state; `db restore` checks a
/// file before it replaces the database.
/// </summary>
public class BackupTests
{
    private static SqliteConnection Open(string file)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, DefaultTimeout = 30 }.ToString());
        c.Open();
        return c;
    }

    private static string Scalar(SqliteConnection c, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    [Test]
    public async Task A_backup_taken_during_writes_is_one_committed_state_and_restores()
    {
        using var cli = await CliSession.SeededAsync();
        var db = Path.Combine(cli.DataFolder, "letterstudio.db");
        var (first, second) = (0, 0);
        using (var c = Open(db))
        {
            first = int.Parse(Scalar(c, "SELECT MIN(Id) FROM Orders"));
            second = int.Parse(Scalar(c, "SELECT MAX(Id) FROM Orders"));
        }
        // A writer that changes two orders together in each transaction, as fast as it can, while the backup runs:
        // in any committed state both briefs say the same number.
        using var stop = new CancellationTokenSource();
        var writes = 0;
        var writer = Task.Run(() =>
        {
            using var c = Open(db);
            while (!stop.IsCancellationRequested)
            {
                using var tx = c.BeginTransaction();
                using var command = c.CreateCommand();
                command.Transaction = tx;
                command.CommandText = $"UPDATE Orders SET Brief = 'write {writes}' WHERE Id IN ({first}, {second})";
                command.ExecuteNonQuery();
                tx.Commit();
                writes++;
            }
        });

        var copy = Path.Combine(cli.DataFolder, "backups", "copy.db");
        var backup = await cli.RunAsync("db", "backup", copy);
        stop.Cancel();
        await writer;

        Assert.That(backup.ExitCode, Is.Zero, backup.ToString());
        Assert.That(backup.Stdout, Does.Contain("integrity check ok"));
        Assert.That(writes, Is.GreaterThan(10), "the writer was busy during the backup");
        using (var c = Open(copy))
        {
            Assert.That(Scalar(c, "PRAGMA integrity_check"), Is.EqualTo("ok"));
            Assert.That(Scalar(c, $"SELECT COUNT(DISTINCT Brief) FROM Orders WHERE Id IN ({first}, {second})"), Is.EqualTo("1"), "both orders from one transaction");
        }

        // Restored into a fresh studio, it holds the same orders.
        using var other = new CliSession();
        Assert.That((await other.RunAsync("db", "migrate")).ExitCode, Is.Zero);
        var restore = await other.RunAsync("db", "restore", copy);
        Assert.That(restore.ExitCode, Is.Zero, restore.ToString());
        using (var c = Open(Path.Combine(other.DataFolder, "letterstudio.db")))
            Assert.That(Scalar(c, "SELECT COUNT(*) FROM Orders"), Is.EqualTo("6"));
        Assert.That((await other.RunAsync("orders", "list")).Stdout, Does.Contain("6 order(s)."));
    }

    [Test]
    public async Task A_backup_never_overwrites_and_restore_refuses_a_file_that_is_not_a_studio()
    {
        using var cli = await CliSession.SeededAsync();
        var existing = Path.Combine(cli.DataFolder, "exists.db");
        await File.WriteAllTextAsync(existing, "keep me");
        var over = await cli.RunAsync("db", "backup", existing);
        Assert.That(over.ExitCode, Is.EqualTo(1), over.ToString());
        Assert.That(await File.ReadAllTextAsync(existing), Is.EqualTo("keep me"));

        var restore = await cli.RunAsync("db", "restore", existing);
        Assert.That(restore.ExitCode, Is.EqualTo(1), restore.ToString());
        Assert.That(restore.Stderr, Does.Contain("not a readable SQLite database").Or.Contain("integrity"));
        Assert.That((await cli.RunAsync("orders", "list")).Stdout, Does.Contain("6 order(s)."), "the studio is untouched");
    }
}
