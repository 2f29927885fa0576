using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.Options;

namespace LetterStudio.Web.Features.Api;

/// <summary>A value remembered for a customer, with the stamp of theirs it was read under (<c>null</c>: no stamp, never trusted).</summary>
public sealed record Stamped<T>(int CustomerId, long Stamp, T Value);

/// <summary>
/// The one per-node cache of the API: key lookups and order-list totals. A MemoryCache of its own, so its size limit
/// counts only these entries (one unit each, <see cref="ApiCacheOptions.MaxEntries"/>), on the app's TimeProvider.
/// Every entry belongs to a customer: <see cref="Evict"/> drops all of one customer's entries at once, through a
/// change token per customer. An entry carries the stamp it was read under; callers trust it only while the
/// customer's stamp in the database is the same, which is what makes a change on another node count here at once.
/// </summary>
public sealed class ApiCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly Lock _gate = new();
    // One token per customer with entries here, dropped with their last entry, so it is bounded by the cache. The
    // sources are never disposed: without a timer they hold nothing the collector cannot take.
    private readonly Dictionary<int, Tag> _customers = [];

    public ApiCache(IOptions<ApiCacheOptions> options, TimeProvider time)
    {
        _cache = new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = options.Value.MaxEntries,
            Clock = new TimeProviderClock(time),
            // Past the limit a new entry is refused and a tenth of the others, least recently used first, make room.
            CompactionPercentage = 0.1,
        });
    }

    public int Count => _cache.Count;

    public Stamped<T>? Find<T>(object key) => _cache.TryGetValue(key, out var value) ? value as Stamped<T> : null;

    public void Set<T>(object key, Stamped<T> entry, TimeSpan lifetime)
    {
        if (lifetime <= TimeSpan.Zero) return;
        Tag tag;
        lock (_gate)
        {
            if (!_customers.TryGetValue(entry.CustomerId, out tag!)) _customers[entry.CustomerId] = tag = new Tag();
            tag.Entries++;
        }
        var options = new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = lifetime };
        options.AddExpirationToken(new CancellationChangeToken(tag.Source.Token));
        options.RegisterPostEvictionCallback(static (_, value, _, state) => ((Release)state!).Run(), new Release(this, entry.CustomerId, tag));
        _cache.Set(key, entry, options);
    }

    public void Remove(object key) => _cache.Remove(key);

    /// <summary>Drops every entry of one customer on this node.</summary>
    public void Evict(int customerId)
    {
        Tag? tag;
        lock (_gate)
            if (!_customers.Remove(customerId, out tag)) return;
        tag.Source.Cancel();
        // A cancelled token expires its entries when next touched; compacting now frees them without waiting.
        _cache.Compact(0);
    }

    private void Released(int customerId, Tag tag)
    {
        lock (_gate)
            if (--tag.Entries == 0 && _customers.TryGetValue(customerId, out var current) && current == tag) _customers.Remove(customerId);
    }

    public void Dispose() => _cache.Dispose();

    private sealed class Tag
    {
        public CancellationTokenSource Source { get; } = new();
        public int Entries { get; set; }
    }

    private sealed record Release(ApiCache Cache, int CustomerId, Tag Tag)
    {
        public void Run() => Cache.Released(CustomerId, Tag);
    }
}
