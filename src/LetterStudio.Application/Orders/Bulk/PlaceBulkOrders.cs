using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LetterStudio.Data;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Orders.Bulk;

/// <summary>
/// Places a bulk upload: every row is validated first, and only a fully valid upload creates anything, all in one
/// transaction: the recipients it names (an identical one already in the address book is reused) and one order per
/// row. Used by the API (POST /api/v1/orders/bulk) and the customer portal's bulk page alike.
/// With an idempotency key, row N's order carries the key "bulk:{key}:{N}" and the upload's hash, so a repeat
/// answers with the same orders, another upload under the same key is refused, and a race creates one set.
/// </summary>
public sealed class PlaceBulkOrders(LetterStudioDbContext db, BulkValidator validator, TimeProvider time)
{
    /// <exception cref="BulkInvalidException">Any row is bad; nothing was written.</exception>
    /// <exception cref="IdempotencyKeyReusedException">The key was used for another upload.</exception>
    public async Task<BulkResult> HandleAsync(int customerId, IReadOnlyList<BulkRow> rows, string? idempotencyKey, bool isTest, string actor, CancellationToken ct = default)
    {
        var hash = Hash(rows, isTest);
        if (await EarlierAsync(customerId, idempotencyKey, isTest, hash, ct) is { } earlier) return earlier;
        var (lines, errors) = await validator.ValidateAsync(customerId, rows, ct);
        if (errors.Count > 0) throw new BulkInvalidException(errors);

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var customer = await db.Customers.Include(c => c.Recipients).SingleAsync(c => c.Id == customerId, ct);
                var recipients = new List<Recipient>(lines.Count);
                foreach (var line in lines)
                {
                    // Reused only within the upload's mode: a test upload never touches the live address book.
                    var same = customer.Recipients.FirstOrDefault(r => r.IsTest == isTest && r.Name == line.Name && r.Address == line.Address);
                    var recipient = same ?? customer.AddRecipient(line.Name, line.CalledBy, line.Relationship, line.Address, isTest);
                    if (line.Voice is { } voice) recipient.SetVoice(voice);
                    recipients.Add(recipient);
                }
                await db.SaveChangesAsync(ct);

                var now = time.GetUtcNow();
                // Every letter of the upload takes the customer's profile look, the one the validator priced it at.
                var look = await Customers.CustomerLooks.DefaultAsync(db, customerId, ct);
                // A row's memory belongs to its recipient and is picked for its order, as the portal's order form does.
                var memories = lines.Select((line, i) => line.Memory is { } m ? Portal.CustomerOrdering.NewMemory(customerId, recipients[i].Id, m, actor, now) : null).ToList();
                db.Anecdotes.AddRange(memories.OfType<Domain.Anecdotes.Anecdote>());
                await db.SaveChangesAsync(ct);
                var orders = lines.Select((line, i) => Order.Place(new OrderDetails(customerId, recipients[i].Id, line.Occasion, line.Brief, line.Avoid, line.DeliveryDate,
                    line.PriceMinor, line.Currency, line.WantsProof, KeyFor(idempotencyKey, i), memories[i] is { } m ? [m.Id] : [], hash, isTest, MergeFields: line.MergeFields, Look: look), actor, now)).ToList();
                db.Orders.AddRange(orders);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return new BulkResult([.. orders.Select((o, i) => new BulkPlaced(i + 1, o.Id, o.Reference, o.RecipientId, o.PriceCents, o.Currency, o.IsTest))], Created: true);
            });
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // A concurrent upload with the same key won the race (the unique index on customer, mode and key): answer as it did.
            db.ChangeTracker.Clear();
            if (await EarlierAsync(customerId, idempotencyKey, isTest, hash, ct) is { } winner) return winner;
            throw;
        }
    }

    private static string? KeyFor(string? key, int index) => key is null ? null : $"bulk:{key.Trim()}:{index + 1}";

    private async Task<BulkResult?> EarlierAsync(int customerId, string? key, bool isTest, string hash, CancellationToken ct)
    {
        if (key is null) return null;
        var first = KeyFor(key, 0);
        var earlier = await db.Orders.AsNoTracking().Where(o => o.CustomerId == customerId && o.IsTest == isTest && o.IdempotencyKey == first).Select(o => o.RequestHash).ToListAsync(ct);
        if (earlier.Count == 0) return null;
        if (earlier[0] != hash) throw new IdempotencyKeyReusedException(key.Trim());
        var prefix = $"bulk:{key.Trim()}:";
        var orders = await db.Orders.AsNoTracking().Where(o => o.CustomerId == customerId && o.IsTest == isTest && o.IdempotencyKey!.StartsWith(prefix) && o.RequestHash == hash)
            .Select(o => new { o.Id, o.IdempotencyKey, o.RecipientId, o.PriceCents, o.Currency, o.IsTest }).ToListAsync(ct);
        return new BulkResult([.. orders.Select(o => (Row: int.Parse(o.IdempotencyKey![prefix.Length..], System.Globalization.CultureInfo.InvariantCulture), Order: o))
            .OrderBy(p => p.Row).Select(p => new BulkPlaced(p.Row, p.Order.Id, Order.ReferenceOf(p.Order.Id), p.Order.RecipientId, p.Order.PriceCents, p.Order.Currency, p.Order.IsTest))], Created: false);
    }

    /// <summary>The upload as understood (cells by standard column, in order), so CSV quoting or JSON spacing does not change it.</summary>
    private static string Hash(IReadOnlyList<BulkRow> rows, bool isTest)
    {
        var canonical = rows.Select(r => r.Cells.Where(c => !string.IsNullOrWhiteSpace(c.Value)).OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new[] { c.Key, c.Value!.Trim() }).ToArray()).ToArray();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { isTest, canonical }))));
    }
}
