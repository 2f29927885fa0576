using LetterStudio.Data;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Orders;

/// <summary>
/// Moves an order to another status. The status change and its history line are written by one
/// SaveChanges, which is one transaction; a save from a stale copy is refused as a conflict.
/// </summary>
public sealed class AdvanceOrder(LetterStudioDbContext db, TimeProvider time)
{
    public async Task<Order> HandleAsync(int orderId, OrderStatus to, string actor, string? reason, CancellationToken ct = default)
    {
        var order = await db.Orders.Include(o => o.History).SingleOrDefaultAsync(o => o.Id == orderId, ct)
            ?? throw new NotFoundException("Order", orderId);
        if (to == OrderStatus.Assigned)
            order.AssignTo(actor, actor, time.GetUtcNow());
        else
            order.MoveTo(to, actor, time.GetUtcNow(), reason);
        await db.SaveOrConflictAsync("Order", orderId, ct);
        return order;
    }
}
