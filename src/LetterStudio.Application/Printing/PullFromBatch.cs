using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Printing;

namespace LetterStudio.Application.Printing;

/// <summary>Takes a letter out of a batch before it is printed; its order waits for another batch.</summary>
public sealed class PullFromBatch(LetterStudioDbContext db, TimeProvider time)
{
    public async Task HandleAsync(int batchId, int orderId, string reason, string actor, CancellationToken ct = default)
    {
        var batch = await BatchRows.LoadAsync(db, batchId, ct);
        if (batch.Status is PrintBatchStatus.Printed or PrintBatchStatus.Mailed)
            throw new DomainValidationException("Status", $"batch {batchId} is {batch.Status}; a printed letter can no longer be pulled.");
        var item = batch.Items.SingleOrDefault(i => i.OrderId == orderId) ?? throw new NotFoundException("Letter in batch", orderId);
        item.Pull(reason, actor, time.GetUtcNow());
        await db.SaveOrConflictAsync("PrintBatch", batchId, ct);
    }
}
