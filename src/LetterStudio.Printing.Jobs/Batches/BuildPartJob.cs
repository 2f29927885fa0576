using System.Diagnostics;
using System.Text.Json;
using LetterStudio.Application.Printing;
using LetterStudio.Application.Telemetry;
using LetterStudio.Data;
using LetterStudio.Domain.Printing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace LetterStudio.Printing.Jobs.Batches;

/// <summary>
/// Writes one part of a batch. Safe to run again: the files are written under temporary names and
/// renamed when whole, the same letters give the same bytes, and the part is recorded done (with its
/// files' SHA-256 and the node that wrote it) only once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class BuildPartJob(LetterStudioDbContext db, BatchPartWriter writer, PrintFolders folders, BatchScheduling scheduling,
    IOptions<PrintingOptions> options, TimeProvider time, ILogger<BuildPartJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var batchId = int.Parse(context.MergedJobDataMap.GetString(BatchScheduling.BatchKey)!, System.Globalization.CultureInfo.InvariantCulture);
        var partNumber = int.Parse(context.MergedJobDataMap.GetString(BatchScheduling.PartKey)!, System.Globalization.CultureInfo.InvariantCulture);
        using var activity = StudioTelemetry.Start("job BuildPart")?.SetTag("letterstudio.batch.id", batchId).SetTag("letterstudio.batch.part", partNumber);
        using var scope = logger.BeginBatchScope(batchId);
        var batch = await db.PrintBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, ct);
        var part = await db.PrintBatchParts.AsNoTracking().SingleOrDefaultAsync(p => p.PrintBatchId == batchId && p.PartNumber == partNumber, ct);
        if (batch is null || part is null || batch.Status != PrintBatchStatus.Building) return;
        if (part.IsDone)
        {
            await ScheduleAssemblyIfCompleteAsync(batchId, ct);
            return;
        }

        var started = time.GetUtcNow();
        await db.PrintBatchParts.Where(p => p.Id == part.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.StartedAt, started).SetProperty(p => p.UpdatedAt, started)
                .SetProperty(p => p.LettersDone, 0).SetProperty(p => p.Attempts, p => p.Attempts + 1), ct);

        var letters = await PartLetters.LoadAsync(db, batchId, partNumber, ct);
        var settings = PrintBatchSettings.For(batch, options.Value);
        var progress = new PartProgress(db, part.Id, time);
        PartFiles files;
        try
        {
            files = writer.WritePart(settings, letters, folders.Parts(batchId), partNumber, progress, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "Batch {Batch} part {Part} could not be written", batchId, partNumber);
            activity.Fail(e);
            await FailAsync(batchId, $"part {partNumber} could not be written: {e.Message}", ct);
            return;
        }

        var node = context.Scheduler.SchedulerInstanceId;
        var now = time.GetUtcNow();
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var recorded = await db.PrintBatchParts.Where(p => p.Id == part.Id && p.DoneAt == null)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(p => p.DoneAt, now).SetProperty(p => p.UpdatedAt, now).SetProperty(p => p.DoneBy, node)
                    .SetProperty(p => p.LettersDone, letters.Count).SetProperty(p => p.Sheets, files.Sheets)
                    .SetProperty(p => p.LettersSha256, files.LettersPdf.Sha256).SetProperty(p => p.EnvelopesSha256, files.EnvelopesPdf.Sha256)
                    .SetProperty(p => p.ResultJson, JsonSerializer.Serialize(files, PartJson.Options)), ct);
            if (recorded == 1 && files.Failures.Count > 0)
            {
                var failed = files.Failures.ToDictionary(f => f.Sequence);
                var items = await db.PrintBatchItems.Where(i => i.PrintBatchId == batchId && i.PartNumber == partNumber).ToListAsync(ct);
                foreach (var item in items)
                    if (failed.TryGetValue(item.Sequence, out var f)) item.Failed(f.Reason);
                await db.SaveChangesAsync(ct);
            }
            await tx.CommitAsync(ct);
        }
        StudioTelemetry.BatchLetters.Add(files.Letters.Count);
        logger.LogInformation("Batch {Batch} part {Part}: {Letters} letters, {Failures} failed, by {Node}", batchId, partNumber, files.Letters.Count, files.Failures.Count, node);
        await ScheduleAssemblyIfCompleteAsync(batchId, ct);
    }

    private async Task ScheduleAssemblyIfCompleteAsync(int batchId, CancellationToken ct)
    {
        if (!await db.PrintBatchParts.AnyAsync(p => p.PrintBatchId == batchId && p.DoneAt == null, ct))
            await scheduling.ScheduleAssemblyAsync(batchId, ct);
    }

    private async Task FailAsync(int batchId, string reason, CancellationToken ct)
    {
        var batch = await db.PrintBatches.Include(b => b.Items).SingleAsync(b => b.Id == batchId, ct);
        batch.Fail(reason);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Letters done, written to the part's row at most twice a second, for the print room and the command line.</summary>
    private sealed class PartProgress(LetterStudioDbContext db, int partId, TimeProvider time) : IProgress<int>
    {
        private readonly Stopwatch _since = Stopwatch.StartNew();

        public void Report(int value)
        {
            if (_since.ElapsedMilliseconds < 500) return;
            _since.Restart();
            var now = time.GetUtcNow();
            db.PrintBatchParts.Where(p => p.Id == partId && p.DoneAt == null)
                .ExecuteUpdate(s => s.SetProperty(p => p.LettersDone, value).SetProperty(p => p.UpdatedAt, now));
        }
    }
}

internal static class PartJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
