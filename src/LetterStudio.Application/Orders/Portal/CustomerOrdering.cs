using System.Security.Cryptography;
using System.Text.Json;
using LetterStudio.Application.Mail;
using LetterStudio.Data;
using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LetterStudio.Application.Orders.Portal;

/// <summary>
/// A customer orders a letter in the portal. The new anecdotes, the look (the order's own, and the customer's
/// profile default for the next order), the order and the confirmation mail are written in one transaction:
/// a refusal anywhere leaves nothing behind.
/// </summary>
public sealed class CustomerOrdering(LetterStudioDbContext db, PlaceOrder place, MailOutbox mail, IOptions<PriceList> prices, TimeProvider time, Printability printability)
{
    /// <summary>Delivery sooner than this many days is a rush (the form says so before the customer picks a date).</summary>
    public int StandardLeadDays => prices.Value.StandardLeadDays;

    /// <summary>The price for what the form says now; the same quote the order is placed at.</summary>
    public PriceQuote Quote(PaperSize paper, bool envelope, DateOnly delivery)
    {
        var list = prices.Value;
        return list.Quote(paper, list.IncludedWords, envelope, delivery, Today);
    }

    /// <returns>The order, and whether this call placed it (false: the same form was sent twice).</returns>
    public async Task<(Order Order, bool Created)> PlaceAsync(int customerId, string actor, CustomerOrderRequest request, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(request.IdempotencyKey))
            throw new DomainValidationException(nameof(request.IdempotencyKey), "is missing; reload the form.");
        var quote = Quote(request.Look.Paper, request.Envelope, request.DeliveryDate);
        var hash = Hash(request);
        var now = time.GetUtcNow();

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var anecdoteIds = new List<int>(request.AnecdoteIds);
            foreach (var (memory, i) in request.NewAnecdotes.Select((m, i) => (m, i)))
            {
                try
                {
                    // A memory may be written into the letter as it is: it must be writable by hand (an emoji once reached the desk and broke the preview).
                    printability.CheckText(memory.Text, "Text", multiline: true);
                    var anecdote = NewMemory(customerId, request.RecipientId, memory, actor, now);
                    db.Anecdotes.Add(anecdote);
                    await db.SaveChangesAsync(ct);
                    anecdoteIds.Add(anecdote.Id);
                }
                catch (DomainValidationException ex)
                {
                    throw new DomainValidationException($"NewAnecdotes[{i}].{ex.Field}", ex.Reason);
                }
            }
            var look = await KeepLookAsync(customerId, actor, request.Look, ct);

            var details = new OrderDetails(customerId, request.RecipientId, request.OccasionKey, request.Brief, request.Avoid, request.DeliveryDate,
                quote.TotalMinor, quote.Currency, request.WantsProof, request.IdempotencyKey, anecdoteIds, hash, RepeatsYearly: request.RepeatsYearly,
                Look: look, Envelope: request.Envelope);
            var (order, created) = await place.HandleAsync(details, actor, ct);
            if (!created)
            {
                // The form was sent twice; the first one placed the order. Undo the memories this repeat added.
                await tx.RollbackAsync(ct);
                return (order, false);
            }
            var email = await db.Customers.Where(c => c.Id == customerId).Select(c => c.Email).SingleAsync(ct);
            var calledBy = await db.Recipients.Where(r => r.Id == request.RecipientId).Select(r => r.CalledBy).SingleAsync(ct);
            var occasion = await db.Occasions.Where(o => o.Key == request.OccasionKey).Select(o => o.Name).SingleAsync(ct);
            var memories = await db.Anecdotes.Where(a => anecdoteIds.Contains(a.Id)).OrderBy(a => a.Id).Select(a => a.Text).ToListAsync(ct);
            var confirmation = OrderConfirmationMail.For(order, calledBy, occasion, memories, quote);
            mail.Enqueue(email, confirmation.Subject, confirmation.Text, confirmation.Html);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return (order, true);
        });
    }

    /// <summary>A memory the customer gave with an order, with who is in it and its sensitivity when they said.</summary>
    public static Anecdote NewMemory(int customerId, int recipientId, NewAnecdote memory, string actor, DateTimeOffset now)
    {
        var anecdote = new Anecdote(customerId, recipientId, memory.Text, memory.HappenedOn, memory.HappenedWhen, null, AnecdoteAuthor.Customer, actor, now);
        if (memory.Described) anecdote.Describe(memory.People, memory.About, memory.Sensitivity);
        return anecdote;
    }

    /// <summary>
    /// The order keeps the look it was ordered in; the profile keeps it too, as the default for the next order (a
    /// different choice saves a new profile version). Other orders are untouched: each has its own look.
    /// </summary>
    /// <returns>The look for this order, with the signature chosen in the questionnaire.</returns>
    private async Task<LetterLook> KeepLookAsync(int customerId, string actor, LetterLook look, CancellationToken ct)
    {
        var latest = await db.StyleProfiles.Where(p => p.CustomerId == customerId).OrderByDescending(p => p.Version).FirstOrDefaultAsync(ct);
        // The order form chooses the body hand, ink and paper; the signature chosen in the questionnaire stays.
        if (latest is not null && look.SignatureFontId is null && !look.SignatureUnderline)
            look = look.WithSignature(latest.Look.SignatureFontId, latest.Look.SignatureUnderline);
        if (latest is not null && latest.Look == look) return look;
        var name = await db.Customers.Where(c => c.Id == customerId).Select(c => c.Name).SingleAsync(ct);
        var draft = latest?.ToDraft() ?? new StyleProfileDraft("Warm and plain; in the customer's own words, not yet described.", 3, 3, Humour.Gentle, SentenceLength.Medium, [], [], [], "Dear", "With love", name, look);
        db.StyleProfiles.Add(latest is null
            ? StyleProfile.Create(customerId, draft with { Look = look }, actor, time.GetUtcNow())
            : latest.Revise(draft with { Look = look }, actor, time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return look;
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static string Hash(CustomerOrderRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request with { AnecdoteIds = [.. request.AnecdoteIds.Order()] })));
}
