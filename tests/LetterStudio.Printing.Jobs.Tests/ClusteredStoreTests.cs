using LetterStudio.Application.Printing;
using LetterStudio.Printing.Jobs.Batches;
using LetterStudio.Printing.Jobs.Scheduling;
using LetterStudio.TestSupport;
using Npgsql;

namespace LetterStudio.Printing.Jobs.Tests;

/// <summary>
/// Quartz's clustered store on PostgreSQL: its tables are created by Quartz itself (schema provisioning) in the order
/// database, and its locks are real row locks. A transaction of the test's own holds the TRIGGER_ACCESS row with
/// SELECT ... FOR UPDATE; scheduling a batch's jobs must wait for it, as a second node would.
/// (SQLite has no row locks; its store takes SQLite's single write lock instead, see ClusteredSqliteDelegate.)
/// </summary>
[TestFixture]
public sealed class ClusteredStoreTests
{
    [Test]
    public async Task Scheduling_on_postgres_waits_for_the_row_lock_another_transaction_holds()
    {
        await using var studio = await PrintStudio.StartAsync(TestProvider.Postgres, runJobs: false);
        await studio.SeedRenderedAsync(2);
        var connectionString = studio.Settings(partSize: 3)["Database:ConnectionString"];
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await Execute(connection, "INSERT INTO qrtz_locks (sched_name, lock_name) VALUES (@scheduler, 'TRIGGER_ACCESS') ON CONFLICT DO NOTHING");
        await using var transaction = await connection.BeginTransactionAsync();
        await Execute(connection, "SELECT * FROM qrtz_locks WHERE sched_name = @scheduler AND lock_name = 'TRIGGER_ACCESS' FOR UPDATE");

        var creating = studio.CreateBatchAsync(new BatchRequest());
        var finishedFirst = await Task.WhenAny(creating, Task.Delay(TimeSpan.FromSeconds(2)));
        Assert.That(finishedFirst, Is.Not.SameAs(creating), "scheduling went ahead while another transaction held the lock row");

        await transaction.CommitAsync();
        var batch = await creating.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.That(batch.Id, Is.GreaterThan(0));
        await using var count = new NpgsqlCommand("SELECT count(*) FROM qrtz_triggers WHERE sched_name = @scheduler", connection);
        count.Parameters.AddWithValue("scheduler", PrintJobsServiceCollectionExtensions.SchedulerName);
        Assert.That(await count.ExecuteScalarAsync(), Is.GreaterThan(0L), "the batch's jobs are in Quartz's own tables");
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("scheduler", PrintJobsServiceCollectionExtensions.SchedulerName);
        await command.ExecuteNonQueryAsync();
    }
}
