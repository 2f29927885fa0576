using LetterStudio.Application.Mail;
using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Letters;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Letters;

/// <summary>
/// What the end of a writer's work shares (<see cref="SendProof"/>, <see cref="ApproveLetter"/>, <see cref="ApproveProof"/>,
/// <see cref="AskForChanges"/>): loading the order and its letter for the writer or the customer, rendering and storing the
/// approved PDF, and finding whom to tell. Every move, the document and the history lines are written in the caller's one
/// transaction.
/// </summary>
public sealed class ReviewSteps(LetterStudioDbContext db, LetterRendering rendering, MailOutbox mail, TimeProvider time)
{
    public async Task<(Order Order, Letter? Letter)> LoadForWriterAsync(int orderId, Viewer writer, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.History).SingleOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null || !writer.CanView(order.AssignedWriter)) throw new NotFoundException("Order", orderId);
        if (!writer.CanWork(order.AssignedWriter))
            throw new DomainValidationException("AssignedWriter", $"claim {order.Reference} before finishing its letter.");
        var letter = await db.Letters.Include(l => l.Revisions).SingleOrDefaultAsync(l => l.OrderId == orderId, ct);
        return (order, letter);
    }

    public async Task<(Order Order, Letter? Letter)> LoadForCustomerAsync(int orderId, int customerId, CancellationToken ct)
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
    public async Task<(LetterDocument Document, int Pages)> RenderAndStoreAsync(Order order, Letter letter, LetterRevision revision, DeskLook look, string actor, CancellationToken ct,
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
    public async Task<(string Email, string Recipient)> CustomerAsync(Order order, CancellationToken ct)
    {
        var email = await db.Customers.AsNoTracking().Where(c => c.Id == order.CustomerId).Select(c => c.Email).SingleAsync(ct);
        var recipient = await db.Recipients.AsNoTracking().Where(r => r.Id == order.RecipientId).Select(r => r.CalledBy).SingleAsync(ct);
        return (email, recipient);
    }
}
