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
/// Joins a batch's finished parts into letters.pdf, envelopes.pdf and the manifest, records every file
/// with its SHA-256 and where each letter landed, and marks the batch built. Safe to run again.
/// </summary>
[DisallowConcurrentExecution]
public sealed class AssembleBatchJob(LetterStudioDbContext db, BatchAssembler assembler, PrintFolders folders,
    IOptions<PrintingOptions> options, TimeProvider time, ILogger<AssembleBatchJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var batchId = int.Parse(context.MergedJobDataMap.GetString(BatchScheduling.BatchKey)!, System.Globalization.CultureInfo.InvariantCulture);
        using var activity = StudioTelemetry.Start("job AssembleBatch")?.SetTag("letterstudio.batch.id", batchId);
        using var scope = logger.BeginBatchScope(batchId);
        // Split: one query per collection. Joined, every item row repeated each part's ResultJson (placements of a
        // whole part): 2,000 letters in 8 parts read 16,000 rows and took 80% of the assembly.
        var batch = await db.PrintBatches.Include(b => b.Parts).Include(b => b.Items).Include(b => b.Files).AsSplitQuery()
            .SingleOrDefaultAsync(b => b.Id == batchId, ct);
        if (batch is null || batch.Status != PrintBatchStatus.Building || batch.Parts.Any(p => !p.IsDone)) return;

        var partsFolder = folders.Parts(batchId);
        var parts = batch.Parts.OrderBy(p => p.PartNumber).Select(p =>
        {
            var files = JsonSerializer.Deserialize<PartFiles>(p.ResultJson!, PartJson.Options)!;
            // Stored paths are where the writing node saw the folder; take the names in this node's folder.
            return files with
            {
                LettersPdf = files.LettersPdf with { Path = Path.Combine(partsFolder, Path.GetFileName(files.LettersPdf.Path)) },
                EnvelopesPdf = files.EnvelopesPdf with { Path = Path.Combine(partsFolder, Path.GetFileName(files.EnvelopesPdf.Path)) },
            };
        }).ToList();
        var manifest = ManifestLine.FromParts(parts);
        BatchFiles built;
        try
        {
            built = assembler.Assemble(PrintBatchSettings.For(batch, options.Value), parts, manifest, folders.Batch(batchId), ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            logger.LogError(e, "Batch {Batch} could not be assembled", batchId);
            activity.Fail(e);
            batch.Fail($"assembly failed: {e.Message}");
            await db.SaveChangesAsync(ct);
            return;
        }

        var lines = manifest.ToDictionary(l => l.EnvelopeNumber);
        foreach (var item in batch.Items)
            if (lines.TryGetValue(item.Sequence, out var line)) item.PlaceOnSheets(line.FirstSheet, line.LastSheet - line.FirstSheet + 1);
        batch.Built([
            File(PrintFileKind.Letters, built.LettersPdf), File(PrintFileKind.Envelopes, built.EnvelopesPdf),
            File(PrintFileKind.ManifestCsv, built.ManifestCsv), File(PrintFileKind.ManifestPdf, built.ManifestPdf),
        ], parts.Sum(p => p.Sheets), time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Batch {Batch} built: {Letters} letters on {Sheets} sheets", batchId, manifest.Count, batch.Sheets);
        // The parts are inside the final files now; a crash before this line only leaves them behind.
        try
        {
            Directory.Delete(partsFolder, recursive: true);
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Batch {Batch}: part files left in {Folder}", batchId, partsFolder);
        }
    }

    private PrintBatchFile File(PrintFileKind kind, OutputFile file) =>
        new(kind, folders.Relative(file.Path), file.Bytes, file.Sha256, file.Pages);
}
