using LetterStudio.Data;
using LetterStudio.Domain.Common;

namespace LetterStudio.Application.Letters;

/// <summary>
/// The customer approves the proof they were shown: the same pages, rendered in the order's look, become the stored PDF.
/// Only the customer who owns the order, and only while it waits for them.
/// </summary>
public sealed class ApproveProof(LetterStudioDbContext db, ReviewSteps steps)
{
    public async Task<(int DocumentId, int Pages)> HandleAsync(int orderId, int customerId, string actor, CancellationToken ct = default)
    {
        var (order, letter) = await steps.LoadForCustomerAsync(orderId, customerId, ct);
        var revision = letter?.Current ?? throw new DomainValidationException("Text", $"{order.Reference} has no proof yet.");
        // The order's own look: the one the proof was shown in, whatever the customer ordered since.
        var (document, pages) = await steps.RenderAndStoreAsync(order, letter, revision, DeskLook.From(order.Look), actor, ct);
        await db.SaveOrConflictAsync("Order", orderId, ct);
        return (document.Id, pages);
    }
}
