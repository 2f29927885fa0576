using LetterStudio.Application.Mail;
using LetterStudio.Data;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LetterStudio.Application.Orders.Portal;

/// <summary>
/// Yearly letters: a letter marked to repeat gets next year's order <see cref="RecurringOptions.LeadWeeks"/>
/// weeks before its date, with the anecdotes the customer added since, and the customer is told. Each repeat
/// carries the idempotency key <c>repeat-{id}</c>, so two processes (or two runs) can never create it twice.
/// </summary>
public sealed class RecurringOrders(LetterStudioDbContext db, PlaceOrder place, MailOutbox mail, IOptions<RecurringOptions> options,
    IOptions<PriceList> prices, TimeProvider time)
{
    public const string Actor = "LetterStudio (yearly letter)";

    /// <returns>The orders created by this run.</returns>
    public async Task<IReadOnlyList<Order>> CreateDueAsync(CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var horizon = today.AddDays(options.Value.LeadWeeks * 7);
        var repeatedIds = db.Orders.Where(r => r.RepeatOfOrderId != null).Select(r => r.RepeatOfOrderId);
        // Compared on the date a year on; SQL cannot add years portably, so filter by the date itself a year earlier.
        var dueFrom = horizon.AddYears(-1);
        var due = await db.Orders.AsNoTracking()
            .Where(o => o.RepeatsYearly && o.Status != OrderStatus.Cancelled && o.RequestedDeliveryDate <= dueFrom && !repeatedIds.Contains((int?)o.Id))
            .OrderBy(o => o.Id).ToListAsync(ct);
        var created = new List<Order>();
        foreach (var last in due)
        {
            ct.ThrowIfCancellationRequested();
            created.AddRange(await RepeatAsync(last, today, ct) is { } next ? [next] : []);
        }
        return created;
    }

    private async Task<Order?> RepeatAsync(Order last, DateOnly today, CancellationToken ct)
    {
        var next = last.RequestedDeliveryDate.AddYears(1);
        // The studio was not running when it was due: the next date still to come, rather than none at all.
        while (next < today) next = next.AddYears(1);

        var newer = await db.Anecdotes.AsNoTracking()
            .Where(a => a.CustomerId == last.CustomerId && (a.RecipientId == last.RecipientId || a.RecipientId == null) && a.CreatedAt > last.CreatedAt)
            .Select(a => a.Id).ToListAsync(ct);
        // This year's letter looks like last year's: the look belongs to the order, and the repeat copies it.
        var list = prices.Value;
        var quote = list.Quote(last.Look.Paper, list.IncludedWords, last.WantsEnvelope, next, today);
        var details = new OrderDetails(last.CustomerId, last.RecipientId, last.OccasionKey, last.Brief, last.Avoid, next, quote.TotalMinor, quote.Currency,
            last.WantsProof, $"repeat-{last.Id}", newer, RequestHash: $"repeat-{last.Id}", RepeatsYearly: true, RepeatOfOrderId: last.Id,
            Look: last.Look, Envelope: last.WantsEnvelope);

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var (order, isNew) = await place.HandleAsync(details, Actor, ct);
            if (!isNew) return null;
            var email = await db.Customers.Where(c => c.Id == last.CustomerId).Select(c => c.Email).SingleAsync(ct);
            var calledBy = await db.Recipients.Where(r => r.Id == last.RecipientId).Select(r => r.CalledBy).SingleAsync(ct);
            mail.Enqueue(email, $"This year's letter to {calledBy} is on its way ({order.Reference})",
                $"You asked us to write to {calledBy} every year. This year's letter ({order.Reference}) is ordered for {next:d MMMM yyyy}" +
                (newer.Count > 0 ? $", with the {newer.Count} memory(ies) you added since last time" : "") +
                $". Price: {quote.TotalMinor / 100m:0.00} {quote.Currency}.\n" +
                "Add memories or change the brief under My orders, or stop the yearly letter there.");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return order;
        });
    }
}
