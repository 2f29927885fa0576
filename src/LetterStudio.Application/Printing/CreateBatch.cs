using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Printing;
using LetterStudio.Domain.Styles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LetterStudio.Application.Printing;

/// <summary>What a new batch holds: a rule, or the letters the operator ticked.</summary>
public sealed record BatchRequest(DateOnly? DueOnOrBefore = null, PaperSize? Paper = null, int? MaxLetters = null,
    IReadOnlyCollection<int>? OrderIds = null, bool? Duplex = null);

/// <summary>
/// Makes a batch from the waiting letters and puts its parts into the job store. The batch, its items
/// and its parts are one transaction; a letter already in an open batch is refused by the unique index
/// even when two operators make batches at the same moment.
/// </summary>
public sealed class CreateBatch(LetterStudioDbContext db, IBatchJobs jobs, IOptions<PrintingOptions> options, TimeProvider time)
{
    public async Task<PrintBatch> HandleAsync(BatchRequest request, string actor, CancellationToken ct = default)
    {
        if (request.MaxLetters is < 1) throw new DomainValidationException("MaxLetters", "must be at least 1.");
        var waiting = await PrintQueue.WaitingAsync(db, request.DueOnOrBefore, request.Paper, ct);
        IEnumerable<WaitingLetter> chosen = waiting;
        if (request.OrderIds is { } ids)
        {
            if (ids.Count == 0) throw new DomainValidationException("OrderIds", "tick at least one letter.");
            var missing = ids.Except(waiting.Select(w => w.OrderId)).ToList();
            if (missing.Count > 0)
                throw new DomainValidationException("OrderIds", $"{string.Join(", ", missing.Select(Domain.Orders.Order.ReferenceOf))} is not waiting to print (not rendered, a test order, or already in a batch).");
            chosen = waiting.Where(w => ids.Contains(w.OrderId));
        }
        if (request.MaxLetters is { } max) chosen = chosen.Take(max);
        var letters = chosen.ToList();
        if (letters.Count == 0) throw new DomainValidationException("Letters", "no rendered letter is waiting that matches.");

        var now = time.GetUtcNow();
        var batch = new PrintBatch(request.Paper, request.Duplex ?? options.Value.Duplex, options.Value.PartSize, actor, now,
            request.DueOnOrBefore, request.MaxLetters, fromSelection: request.OrderIds is not null);
        foreach (var letter in letters) batch.Add(letter.OrderId, letter.DocumentId, letter.GroupKey, letter.GroupLabel);
        batch.StartBuild(now);
        db.PrintBatches.Add(batch);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainValidationException("Letters", "another batch took some of these letters just now; look at the waiting list again.");
        }
        try
        {
            await jobs.ScheduleBuildAsync(batch, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The job store is not the order database's transaction: a batch saved but never scheduled would sit in
            // Building for ever, holding its letters. It fails instead, and its letters are waiting again.
            batch.Fail($"its jobs could not be scheduled: {e.Message}");
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        return batch;
    }
}
