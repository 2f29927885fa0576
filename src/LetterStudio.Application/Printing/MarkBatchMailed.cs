using LetterStudio.Application.Mail;
using LetterStudio.Data;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Printing;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Printing;

/// <summary>The letters are in the post: Printed → Mailed, and each customer is told, in one transaction with the batch.</summary>
public sealed class MarkBatchMailed(LetterStudioDbContext db, MailOutbox mail, TimeProvider time)
{
    public async Task<PrintBatch> HandleAsync(int batchId, DateOnly on, string actor, CancellationToken ct = default)
    {
        var batch = await BatchRows.LoadAsync(db, batchId, ct);
        var now = time.GetUtcNow();
        var orders = await BatchRows.PrintableOrdersAsync(db, batch, ct);
        batch.MarkMailed(on, actor, now);
        var recipients = await (from o in db.Orders.AsNoTracking()
                                where orders.Select(x => x.Id).Contains(o.Id)
                                join c in db.Customers on o.CustomerId equals c.Id
                                join r in db.Recipients on o.RecipientId equals r.Id
                                select new { o.Id, c.Email, r.CalledBy }).ToDictionaryAsync(x => x.Id, ct);
        foreach (var order in orders)
        {
            order.MoveTo(OrderStatus.Mailed, actor, now, $"Mailed on {on:yyyy-MM-dd} (batch {batch.Id})");
            var who = recipients[order.Id];
            mail.Enqueue(who.Email, $"Your letter to {who.CalledBy} is in the post ({order.Reference})",
                $"Your letter to {who.CalledBy} was posted on {on:d MMMM yyyy}.");
        }
        await db.SaveOrConflictAsync("PrintBatch", batchId, ct);
        return batch;
    }
}
