using System.Collections.Concurrent;
using LetterStudio.Data;
using LetterStudio.Domain.Orders;
using Microsoft.Extensions.Options;

namespace LetterStudio.Web.Features.Api;

/// <summary>
/// The number of a customer's orders (all, or in one status) for the order list's <c>total</c>, remembered for
/// <see cref="ApiListOptions.TotalCacheSeconds"/>. Counting is the one part of a page that grows with the customer:
/// SQLite walks an index entry per order, and an integration paging through 10,000 orders asked for the same count
/// 500 times. Pages themselves are read fresh, so only the total can lag, and only by changes this node did not make.
/// </summary>
public sealed class OrderTotals(IOptions<ApiListOptions> options, TimeProvider time)
{
    // Bounded like the key cache: past this many (customer, status) pairs it starts again empty.
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<(int CustomerId, bool IsTest, OrderStatus? Status), (int Total, DateTimeOffset Until)> _totals = new();

    public async Task<int> CountAsync(LetterStudioDbContext db, int customerId, bool isTest, OrderStatus? status, CancellationToken ct = default)
    {
        var key = (customerId, isTest, status);
        var now = time.GetUtcNow();
        if (_totals.TryGetValue(key, out var cached) && cached.Until > now) return cached.Total;
        var total = await OrderReads.Count(db, customerId, isTest, status, ct);
        var seconds = options.Value.TotalCacheSeconds;
        if (seconds > 0)
        {
            if (_totals.Count >= MaxEntries) _totals.Clear();
            _totals[key] = (total, now.AddSeconds(seconds));
        }
        return total;
    }

    /// <summary>Drops a customer's remembered totals, after this node placed or cancelled one of their orders.</summary>
    public void Forget(int customerId)
    {
        foreach (var key in _totals.Keys)
            if (key.CustomerId == customerId) _totals.TryRemove(key, out _);
    }
}
