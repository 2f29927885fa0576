using System.Globalization;
using LetterStudio.Application.Printing;
using LetterStudio.Domain.Printing;
using LetterStudio.Printing.Jobs.Scheduling;
using Quartz;

namespace LetterStudio.Printing.Jobs.Batches;

/// <summary>
/// Puts a batch's work into the job store: one durable-until-done job per part, each asking for
/// recovery, so when the node running it dies another node runs it again. The assembly job is added by
/// whichever part finishes last.
/// </summary>
public sealed class BatchScheduling(SchedulerNode node) : IBatchJobs
{
    public const string Group = "print";
    public const string BatchKey = "batchId";
    public const string PartKey = "part";

    public static JobKey PartJob(int batchId, int part) => new($"batch-{batchId}-part-{part}", Group);
    public static JobKey AssembleJob(int batchId) => new($"batch-{batchId}-assemble", Group);

    public async Task ScheduleBuildAsync(PrintBatch batch, CancellationToken ct)
    {
        var scheduler = await node.GetAsync(ct);
        var jobs = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
        foreach (var part in batch.Parts)
        {
            var job = JobBuilder.Create<BuildPartJob>().WithIdentity(PartJob(batch.Id, part.PartNumber))
                .UsingJobData(BatchKey, batch.Id.ToString(CultureInfo.InvariantCulture)).UsingJobData(PartKey, part.PartNumber.ToString(CultureInfo.InvariantCulture))
                .RequestRecovery().Build();
            // Parts in order where nodes are free: a lower number gets a higher priority.
            var trigger = TriggerBuilder.Create().ForJob(job).StartNow().WithPriority(Math.Max(1, 10_000 - part.PartNumber)).Build();
            jobs[job] = [trigger];
        }
        await scheduler.ScheduleJobs(jobs, new ScheduleJobOptions { Replace = true }, ct);
    }

    public async Task ScheduleAssemblyAsync(int batchId, CancellationToken ct)
    {
        var scheduler = await node.GetAsync(ct);
        var job = JobBuilder.Create<AssembleBatchJob>().WithIdentity(AssembleJob(batchId)).UsingJobData(BatchKey, batchId.ToString(CultureInfo.InvariantCulture)).RequestRecovery().Build();
        try
        {
            await scheduler.ScheduleJob(job, TriggerBuilder.Create().ForJob(job).StartNow().WithPriority(10_000).Build(), cancellationToken: ct);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Two parts finished at the same moment and both saw the batch complete: one assembly is enough.
        }
    }
}
