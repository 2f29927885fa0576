using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Styles;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Orders;

/// <summary>
/// The desk changes one order's look (hand, ink, paper, stationery, signature). The writer changes what they read:
/// a save against an older version of the order (another tab, another writer) is a conflict, not a silent overwrite.
/// The customer's profile is untouched; it only holds the default for their next order.
/// </summary>
public sealed class ChangeOrderLook(LetterStudioDbContext db, TimeProvider time)
{
    /// <returns>The order's version after the change, for the next save from the same desk.</returns>
    public async Task<int> HandleAsync(int orderId, int expectedVersion, LetterLook look, Viewer writer, CancellationToken ct = default)
    {
        var order = await db.Orders.Include(o => o.History).SingleOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null || !writer.CanView(order.AssignedWriter)) throw new NotFoundException("Order", orderId);
        if (!writer.CanWork(order.AssignedWriter))
            throw new DomainValidationException("AssignedWriter", $"claim {order.Reference} before changing its look.");
        db.Entry(order).Property(o => o.Version).OriginalValue = expectedVersion;
        order.ChangeLook(look, writer.UserName, time.GetUtcNow());
        await db.SaveOrConflictAsync("Order", orderId, ct);
        return order.Version;
    }
}
