using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;

namespace LetterStudio.Application.Letters;

/// <summary>
/// The writer approves a letter the customer left to the studio: the PDF is rendered in the chosen look, inspected for
/// robot tells and stored with the order, which moves to Rendered; the customer is told.
/// </summary>
public sealed class ApproveLetter(LetterStudioDbContext db, ReviewSteps steps, LetterTells tells, TimeProvider time)
{
    /// <summary>A letter with a tell over its threshold is approved only with the writer's <paramref name="tellsReason"/>, which the history keeps.</summary>
    /// <returns>The stored document's id and page count.</returns>
    /// <param name="tellsReason">The writer's reason for approving a letter whose robot tells pass their thresholds.</param>
    /// <param name="checksOverride">The writer's reason for approving a letter whose checks found errors; kept in the history.</param>
    public async Task<(int DocumentId, int Pages)> HandleAsync(int orderId, Viewer writer, DeskLook look, string? tellsReason = null, string? checksOverride = null, CancellationToken ct = default)
    {
        var (order, letter) = await steps.LoadForWriterAsync(orderId, writer, ct);
        if (order.WantsProof)
            throw new DomainValidationException("WantsProof", $"the customer asked to see a proof of {order.Reference}; send it, and they approve it.");
        var revision = letter?.Current ?? throw new DomainValidationException("Text", $"{order.Reference} has no draft to approve yet.");
        if (order.Status is not (OrderStatus.Drafting or OrderStatus.InReview))
            throw new DomainValidationException("Status", $"{order.Reference} is {OrderStatusWords.InSentence(order.Status)}; only a drafted letter can be approved.");

        var overridden = CheckGate.Enforce(revision, checksOverride, order.Reference);
        var now = time.GetUtcNow();
        // The order keeps the look its PDF is rendered in (a no-op when the desk has already saved it).
        order.ChangeLook(look.ToLetterLook(), writer.UserName, now);
        if (order.Status == OrderStatus.Drafting)
            order.MoveTo(OrderStatus.InReview, writer.UserName, now, "Ready for approval" + overridden);
        var (document, pages) = await steps.RenderAndStoreAsync(order, letter, revision, look, writer.UserName, ct, pdf => tells.ApprovalNote(pdf, tellsReason), overridden);
        await db.SaveOrConflictAsync("Order", orderId, ct);
        return (document.Id, pages);
    }
}
