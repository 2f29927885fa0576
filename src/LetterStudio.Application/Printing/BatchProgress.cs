using LetterStudio.Data;
using LetterStudio.Domain.Printing;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Printing;

/// <summary>How far a batch's build has got, read from the parts' rows (each worker writes only its own).</summary>
public sealed record BatchProgress(int BatchId, PrintBatchStatus Status, int Letters, int LettersDone, int Sheets, int PartsDone, int Parts,
    DateTimeOffset? StartedAt, DateTimeOffset? UpdatedAt, string? FailureReason)
{
    public double Fraction => Letters == 0 ? 1 : Math.Min(1, (double)LettersDone / Letters);
    public bool Finished => Status is not (PrintBatchStatus.Open or PrintBatchStatus.Building);

    /// <summary>Time left at the rate so far; null until there is a rate.</summary>
    public TimeSpan? TimeLeft(DateTimeOffset now)
    {
        if (Finished) return TimeSpan.Zero;
        if (StartedAt is not { } start || LettersDone == 0) return null;
        var perLetter = (now - start) / LettersDone;
        return perLetter * (Letters - LettersDone);
    }

    public static async Task<BatchProgress?> ReadAsync(LetterStudioDbContext db, int batchId, CancellationToken ct = default)
    {
        var batch = await db.PrintBatches.AsNoTracking().Where(b => b.Id == batchId)
            .Select(b => new { b.Status, b.LetterCount, b.BuildStartedAt, b.FailureReason, b.Sheets }).SingleOrDefaultAsync(ct);
        if (batch is null) return null;
        var parts = await db.PrintBatchParts.AsNoTracking().Where(p => p.PrintBatchId == batchId)
            .Select(p => new { p.LettersDone, p.Sheets, p.DoneAt, p.UpdatedAt }).ToListAsync(ct);
        return new BatchProgress(batchId, batch.Status, batch.LetterCount, parts.Sum(p => p.LettersDone), batch.Sheets ?? parts.Sum(p => p.Sheets),
            parts.Count(p => p.DoneAt != null), parts.Count, batch.BuildStartedAt, parts.Max(p => p.UpdatedAt), batch.FailureReason);
    }
}
