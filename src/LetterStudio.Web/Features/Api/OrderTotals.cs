using LetterStudio.Data;
using LetterStudio.Data.Caching;
using LetterStudio.Domain.Orders;
using Microsoft.Extensions.Options;

namespace LetterStudio.Web.Features.Api;

/// <summary>
/// The number of a customer's orders (all, or in one status) for the order list's <c>total</c>, kept in the
/// <see cref="ApiCache"/> under the customer's orders stamp. Counting is the one part of a page that grows with the
/// customer: SQLite walks an index entry per order, and an integration paging through 10,000 orders asked for the same
/// count 500 times. A total is reused only while the stamp it was counted under is still the customer's, so an order
/// placed, cancelled or moved on any node (the API, the desk, the print room, a worker) is counted on the next call.
/// </summary>
public sealed class OrderTotals(ApiCache cache, IOptions<ApiListOptions> options)
{
    private readonly record struct TotalKey(int CustomerId, bool IsTest, OrderStatus? Status);

    /// <param name="known">The customer's stamps when already read in this request (by the key check); read here otherwise.</param>
    public async Task<int> CountAsync(LetterStudioDbContext db, int customerId, bool isTest, OrderStatus? status, CustomerStamps? known = null, CancellationToken ct = default)
    {
        var lifetime = TimeSpan.FromSeconds(options.Value.TotalCacheSeconds);
        if (lifetime == TimeSpan.Zero) return await OrderReads.Count.For(db)(db, customerId, isTest, status, ct);
        // The stamp is read before the count: a change committed between the two makes the count newer than its stamp,
        // which only costs one recount, never a stale answer.
        var stamp = (known ?? await CacheStamps.Read.For(db)(db, customerId))?.Orders;
        var key = new TotalKey(customerId, isTest, status);
        if (stamp is not null && cache.Find<int>(key) is { } hit && hit.Stamp == stamp) return hit.Value;
        var total = await OrderReads.Count.For(db)(db, customerId, isTest, status, ct);
        if (stamp is { } read) cache.Set(key, new Stamped<int>(customerId, read, total), lifetime);
        return total;
    }

    /// <summary>Drops a customer's entries on this node after it changed their orders: their stamp has moved, so they are dead weight.</summary>
    public void Forget(int customerId) => cache.Evict(customerId);
}
