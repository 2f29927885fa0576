using LetterStudio.Application.Mail;
using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;

namespace LetterStudio.Application.Letters;

/// <summary>
/// The writer sends the letter on: to the customer as a proof when they asked to see one, else to approval. Letters whose
/// checks found errors go only with the writer's reason, which the history keeps.
/// </summary>
public sealed class SendProof(LetterStudioDbContext db, ReviewSteps steps, MailOutbox mail, TimeProvider time)
{
    /// <param name="checksOverride">The writer's reason for sending a letter whose checks found errors; kept in the history.</param>
    public async Task HandleAsync(int orderId, Viewer writer, string? checksOverride = null, CancellationToken ct = default)
    {
        var (order, letter) = await steps.LoadForWriterAsync(orderId, writer, ct);
        if (order.Status != OrderStatus.Drafting)
            throw new DomainValidationException("Status", $"{order.Reference} is {OrderStatusWords.InSentence(order.Status)}; only a letter being drafted can be sent as a proof.");
        var overridden = letter?.Current is { } current ? CheckGate.Enforce(current, checksOverride, order.Reference) : "";
        order.MoveTo(OrderStatus.InReview, writer.UserName, time.GetUtcNow(), (order.WantsProof ? "Proof sent to the customer" : "Ready for approval") + overridden);
        if (order.WantsProof)
        {
            var (email, recipient) = await steps.CustomerAsync(order, ct);
            mail.Enqueue(email, $"Your letter to {recipient} is ready to read ({order.Reference})",
                $"Your writer has finished a draft of your letter to {recipient}. Sign in to LetterStudio to read the proof, then approve it or ask for changes.");
        }
        await db.SaveOrConflictAsync("Order", orderId, ct);
    }
}
