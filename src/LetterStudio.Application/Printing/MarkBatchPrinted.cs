using LetterStudio.Data;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Printing;

namespace LetterStudio.Application.Printing;

/// <summary>The sheets are printed: every letter still in the batch moves Rendered → Printed, in one transaction with the batch.</summary>
public sealed class MarkBatchPrinted(LetterStudioDbContext db, TimeProvider time)
{
    public async Task<PrintBatch> HandleAsync(int batchId, string actor, CancellationToken ct = default)
    {
        var batch = await BatchRows.LoadAsync(db, batchId, ct);
        var now = time.GetUtcNow();
        batch.MarkPrinted(actor, now);
        foreach (var order in await BatchRows.PrintableOrdersAsync(db, batch, ct))
            order.MoveTo(OrderStatus.Printed, actor, now, $"Printed in batch {batch.Id}");
        await db.SaveOrConflictAsync("PrintBatch", batchId, ct);
        return batch;
    }
}
