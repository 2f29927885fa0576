using LetterStudio.Data;
using LetterStudio.Application.Mail;
using LetterStudio.Application.Orders;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Letters;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;
using LetterStudio.Application.Letters;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Features.Desk;

/// <summary>
/// The end of a writer's work on a letter: send it to the customer as a proof, or (when the customer left
/// approval to the studio) approve it, which renders the PDF and stores it with the order. Every move, the
/// document and the history lines are written in one transaction.
/// </summary>
public sealed class LetterReview(LetterStudioDbContext db, LetterRendering rendering, LetterTells tells, MailOutbox mail, TimeProvider time)
{
    /// <param name="checksOverride">The writer's reason for sending a letter whose checks found errors; kept in the history.</param>
    public async Task SendProofAsync(int orderId, Viewer writer, CancellationToken ct = default, string? checksOverride = null)
    {
        var (order, letter) = await LoadAsync(orderId, writer, ct);
        if (order.Status != OrderStatus.Drafting)
            throw new DomainValidationException("Status", $"{order.Reference} is {OrderStatusWords.InSentence(order.Status)}; only a letter being drafted can be sent as a proof.");
        var overridden = letter?.Current is { } current ? CheckGate.Enforce(current, checksOverride, order.Reference) : "";
        order.MoveTo(OrderStatus.InReview, writer.UserName, time.GetUtcNow(), (order.WantsProof ? "Proof sent to the customer" : "Ready for approval") + overridden);
        if (order.WantsProof)
        {
            var (email, recipient) = await CustomerAsync(order, ct);
            mail.Enqueue(email, $"Your letter to {recipient} is ready to read ({order.Reference})",
                $"Your writer has finished a draft of your letter to {recipient}. Sign in to LetterStudio to read the proof, then approve it or ask for changes.");
        }
        await db.SaveOrConflictAsync("Order", orderId, ct);
    }

    /// <summary>
    /// The writer approves: the PDF is rendered and inspected for robot tells; a letter with a tell over its threshold
    /// is approved only with the writer's <paramref name="tellsReason"/>, which the history keeps.
    /// </summary>
    /// <returns>The stored document's id and page count.</returns>
    /// <param name="tellsReason">The writer's reason for approving a letter whose robot tells pass their thresholds.</param>
    /// <param name="checksOverride">The writer's reason for approving a letter whose checks found errors; kept in the history.</param>
    public async Task<(int DocumentId, int Pages)> ApproveAsync(int orderId, Viewer writer, DeskLook look, string? tellsReason = null, CancellationToken ct = default, string? checksOverride = null)
    {
        var (order, letter) = await LoadAsync(orderId, writer, ct);
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
        var (document, pages) = await RenderAndStoreAsync(order, letter, revision, look, writer.UserName, ct, pdf => tells.ApprovalNote(pdf, tellsReason), overridden);
        await db.SaveOrConflictAsync("Order", orderId, ct);
        return (document.Id, pages);
    }

    /// <summary>
    /// The customer approves the proof they were shown: the same pages, rendered in the order's look, become the
    /// stored PDF. Only the customer who owns the order, and only while it waits for them.
    /// </summary>
    public async Task<(int DocumentId, int Pages)> ApproveProofAsync(int orderId, int customerId, string actor, CancellationToken ct = default)
    {
        var (order, letter) = await LoadForCustomerAsync(orderId, customerId, ct);
        var revision = letter?.Current ?? throw new DomainValidationException("Text", $"{order.Reference} has no proof yet.");
        // The order's own look: the one the proof was shown in, whatever the customer ordered since.
        var (document, pages) = await RenderAndStoreAsync(order, letter, revision, DeskLook.From(order.Look), actor, ct);
        await db.SaveOrConflictAsync("Order", orderId, ct);
        return (document.Id, pages);
    }

    /// <summary>The customer sends the proof back with what to change; the writer sees the comment on the desk.</summary>
    public async Task AskForChangesAsync(int orderId, int customerId, string actor, string comment, CancellationToken ct = default)
    {
        var (order, _) = await LoadForCustomerAsync(orderId, customerId, ct);
        if (string.IsNullOrWhiteSpace(comment))
            throw new DomainValidationException("Comment", "say what you would like changed.");
        order.MoveTo(OrderStatus.Drafting, actor, time.GetUtcNow(), comment.Trim());
        await db.SaveOrConflictAsync("Order", orderId, ct);
    }

    private async Task<(Order Order, Letter? Letter)> LoadForCustomerAsync(int orderId, int customerId, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.History).SingleOrDefaultAsync(o => o.Id == orderId && o.CustomerId == customerId, ct)
            ?? throw new NotFoundException("Order", orderId);
        if (!order.WantsProof)
            throw new DomainValidationException("WantsProof", $"you left approval of {order.Reference} to your writer.");
        if (order.Status != OrderStatus.InReview)
            throw new DomainValidationException("Status", $"{order.Reference} is not waiting for you: it is {OrderStatusWords.InSentence(order.Status)}.");
        var letter = await db.Letters.Include(l => l.Revisions).SingleOrDefaultAsync(l => l.OrderId == orderId, ct);
        return (order, letter);
    }

    /// <summary>Approved, rendered and stored in the caller's one transaction; the customer is told.</summary>
    /// <param name="approvalNote">Judges the rendered PDF before anything is stored: refuses it, or says what the
    /// history adds to the approval (the writer's reason for letting robot tells through).</param>
    /// <param name="overridden">What the history adds for check errors the writer overrode.</param>
    private async Task<(LetterDocument Document, int Pages)> RenderAndStoreAsync(Order order, Letter letter, LetterRevision revision, DeskLook look, string actor, CancellationToken ct,
        Func<byte[], string?>? approvalNote = null, string overridden = "")
    {
        var signature = LetterRendering.ToLetter(revision.Text).Signature;
        var options = LetterRendering.Options(look, order.Id, $"Letter {order.Reference}", signature, order.IsTest);
        var (pdf, pages) = rendering.RenderPdf(LetterRendering.ToLetter(revision.Text), options);
        var note = approvalNote?.Invoke(pdf);
        var now = time.GetUtcNow();
        order.MoveTo(OrderStatus.Approved, actor, now, (note is null ? $"Approved revision {revision.Number}" : $"Approved revision {revision.Number} {note}") + overridden);
        var document = new LetterDocument(letter.Id, revision.Number, pdf, pages, look.ToJson(options.Seed), now);
        db.LetterDocuments.Add(document);
        order.MoveTo(OrderStatus.Rendered, actor, now, $"Rendered as a {pages}-page PDF");
        var (email, recipient) = await CustomerAsync(order, ct);
        mail.Enqueue(email, $"Your letter to {recipient} is approved ({order.Reference})",
            $"Your letter to {recipient} is written and approved ({pages} page(s)). It goes to the print room next, and we will tell you when it is in the post.");
        return (document, pages);
    }

    /// <summary>The message is written with the status change, in one transaction; delivery comes after (the outbox).</summary>
    private async Task<(string Email, string Recipient)> CustomerAsync(Order order, CancellationToken ct)
    {
        var email = await db.Customers.AsNoTracking().Where(c => c.Id == order.CustomerId).Select(c => c.Email).SingleAsync(ct);
        var recipient = await db.Recipients.AsNoTracking().Where(r => r.Id == order.RecipientId).Select(r => r.CalledBy).SingleAsync(ct);
        return (email, recipient);
    }

    private async Task<(Order Order, Letter? Letter)> LoadAsync(int orderId, Viewer writer, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.History).SingleOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null || !writer.CanView(order.AssignedWriter)) throw new NotFoundException("Order", orderId);
        if (!writer.CanWork(order.AssignedWriter))
            throw new DomainValidationException("AssignedWriter", $"claim {order.Reference} before finishing its letter.");
        var letter = await db.Letters.Include(l => l.Revisions).SingleOrDefaultAsync(l => l.OrderId == orderId, ct);
        return (order, letter);
    }
}
