using LetterStudio.Data;
using LetterStudio.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Orders;

/// <summary>
/// A writer takes an unassigned order. Two writers claiming the same order at once: the version check lets
/// one win, and the other is told who has it.
/// </summary>
public sealed class ClaimOrder(LetterStudioDbContext db, TimeProvider time)
{
    public async Task HandleAsync(int orderId, Viewer writer, CancellationToken ct = default)
    {
        var order = await db.Orders.SingleOrDefaultAsync(o => o.Id == orderId, ct) ?? throw new NotFoundException("Order", orderId);
        if (order.AssignedWriter == writer.UserName) return;
        if (order.AssignedWriter is not null)
            throw new DomainValidationException("AssignedWriter", $"order {order.Reference} is already {order.AssignedWriter}'s.");
        order.AssignTo(writer.UserName, writer.UserName, time.GetUtcNow());
        await db.SaveOrConflictAsync("Order", orderId, ct);
    }
}
