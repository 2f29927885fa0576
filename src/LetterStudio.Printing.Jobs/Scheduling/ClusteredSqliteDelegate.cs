using System.Data.Common;
using Quartz.Impl.AdoJobStore;

namespace LetterStudio.Printing.Jobs.Scheduling;

/// <summary>
/// SQLite's SQL for Quartz's clustered job store. Quartz refuses clustering with its own SQLiteDelegate
/// because SQLite has no row locks. We do not need them: Microsoft.Data.Sqlite begins every transaction
/// with BEGIN IMMEDIATE, so each job-store transaction holds SQLite's single write lock from its first
/// statement (other processes wait on the busy timeout instead of deadlocking), and
/// <see cref="UpdateLockRowSemaphore"/> takes Quartz's named locks with an UPDATE. That is coarser than
/// SQL Server's row locks but correct, and the job store's transactions are short.
/// Same SQL as Quartz's SQLiteDelegate (LIMIT/OFFSET paging), without the refusal.
/// </summary>
public sealed class ClusteredSqliteDelegate : StdAdoDelegate
{
    protected override string ApplyPaging(string sql, bool takeLimited) =>
        takeLimited ? sql + " LIMIT @pageTake OFFSET @pageSkip" : sql + " LIMIT -1 OFFSET @pageSkip";

    protected override void AddPagingParameters(DbCommand cmd, int skip, int take, bool takeLimited)
    {
        if (takeLimited) AddCommandParameter(cmd, "pageTake", take);
        AddCommandParameter(cmd, "pageSkip", skip);
    }

    /// <summary>Quartz's own SQLite schema script, embedded in Quartz for this release, so Quartz can create its tables.</summary>
    protected override string? SchemaResourceName { get; } = (string?)typeof(SQLiteDelegate)
        .GetProperty(nameof(SchemaResourceName), System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)!
        .GetValue(new SQLiteDelegate());

    protected override SqlRowLimit GetRowLimit(int maxCount) => SqlRowLimit.AtStatementEnd("LIMIT", maxCount);
}
