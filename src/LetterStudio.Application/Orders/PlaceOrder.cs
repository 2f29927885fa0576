using LetterStudio.Application.Customers;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Orders;

/// <summary>
/// Places a customer's order after checking that what it points at is the customer's own: the recipient,
/// the anecdotes and an active occasion. A repeated idempotency key returns the order placed the first time.
/// </summary>
public sealed class PlaceOrder(LetterStudioDbContext db, TimeProvider time, Printability printability)
{
    public async Task<(Order Order, bool Created)> HandleAsync(OrderDetails details, string actor, CancellationToken ct = default)
    {
        if (await EarlierAsync(details, ct) is { } earlier) return (earlier, false);
        // An order without a chosen look takes the customer's profile look (the default for the next order), fixed from now on.
        details = details with { Look = details.Look ?? await CustomerLooks.DefaultAsync(db, details.CustomerId, ct) };
        if (!await db.Customers.AnyAsync(c => c.Id == details.CustomerId, ct))
            throw new DomainValidationException(nameof(details.CustomerId), $"customer {details.CustomerId} does not exist.");
        // A test order goes to a test recipient and a live one to a live recipient: the modes never see each other's.
        if (!await db.Recipients.AnyAsync(r => r.Id == details.RecipientId && r.CustomerId == details.CustomerId && r.IsTest == details.IsTest, ct))
            throw new DomainValidationException(nameof(details.RecipientId), details.IsTest
                ? $"recipient {details.RecipientId} is not in this customer's test address book (create it with a test key)."
                : $"recipient {details.RecipientId} is not in this customer's address book.");
        // Checked at order time too, so a recipient saved before these checks existed cannot reach the print room unprintable.
        var recipient = await db.Recipients.AsNoTracking().Where(r => r.Id == details.RecipientId).Select(r => new { r.Name, r.CalledBy, r.Address }).SingleAsync(ct);
        try
        {
            printability.CheckRecipient(recipient.Name, recipient.Address, details.Look.FontId);
            printability.CheckText(recipient.CalledBy, "CalledBy");
        }
        catch (DomainValidationException ex)
        {
            throw new DomainValidationException($"Recipient.{ex.Field}", $"recipient {details.RecipientId} cannot be written on an envelope: {ex.Reason} Correct them in the address book.");
        }
        if (!await db.Occasions.AnyAsync(o => o.Key == details.OccasionKey && o.Active, ct))
            throw new DomainValidationException(nameof(details.OccasionKey), $"'{details.OccasionKey}' is not an occasion the studio offers.");
        var ids = details.AnecdoteIds.Distinct().ToList();
        var own = await db.Anecdotes.Where(a => ids.Contains(a.Id) && a.CustomerId == details.CustomerId).Select(a => a.Id).ToListAsync(ct);
        var foreign = ids.Except(own).ToList();
        if (foreign.Count > 0)
            throw new DomainValidationException(nameof(details.AnecdoteIds), $"anecdote {foreign[0]} is not one of this customer's.");

        var order = Order.Place(details, actor, time.GetUtcNow());
        db.Orders.Add(order);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (details.IdempotencyKey is not null)
        {
            // Another request with the same key won the race (the unique index on customer and key): answer as it did.
            db.ChangeTracker.Clear();
            if (await EarlierAsync(details, ct) is { } winner) return (winner, false);
            throw;
        }
        return (order, true);
    }

    /// <summary>
    /// The order this customer already placed with the same idempotency key in the same mode, if any; a different request
    /// under that key is refused. Keys are scoped per mode (as Stripe's are), so a live order never answers with a test one.
    /// </summary>
    private async Task<Order?> EarlierAsync(OrderDetails details, CancellationToken ct)
    {
        if (details.IdempotencyKey is not { Length: > 0 } key) return null;
        var earlier = await db.Orders.Include(o => o.History).AsNoTracking().SingleOrDefaultAsync(o => o.CustomerId == details.CustomerId && o.IsTest == details.IsTest && o.IdempotencyKey == key, ct);
        if (earlier is not null && earlier.RequestHash != details.RequestHash)
            throw new IdempotencyKeyReusedException(key);
        return earlier;
    }
}
