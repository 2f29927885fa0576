using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;

namespace LetterStudio.Application.Letters;

/// <summary>The customer sends the proof back with what to change; the writer sees the comment on the desk.</summary>
public sealed class AskForChanges(LetterStudioDbContext db, ReviewSteps steps, TimeProvider time)
{
    public async Task HandleAsync(int orderId, int customerId, string actor, string comment, CancellationToken ct = default)
    {
        var (order, _) = await steps.LoadForCustomerAsync(orderId, customerId, ct);
        if (string.IsNullOrWhiteSpace(comment))
            throw new DomainValidationException("Comment", "say what you would like changed.");
        order.MoveTo(OrderStatus.Drafting, actor, time.GetUtcNow(), comment.Trim());
        await db.SaveOrConflictAsync("Order", orderId, ct);
    }
}
