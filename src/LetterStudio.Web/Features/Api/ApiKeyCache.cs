using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace LetterStudio.Web.Features.Api;

/// <summary>
/// Active API keys recently looked up, by hash, for <see cref="ApiKeyAuthOptions.CacheSeconds"/>. Unknown and revoked
/// keys are never remembered, so guessing keys fills nothing and a revocation seen by this process counts at once
/// (<see cref="Forget"/>).
/// </summary>
public sealed class ApiKeyCache(IOptions<ApiKeyAuthOptions> options, TimeProvider time)
{
    /// <summary>What authentication needs of a key.</summary>
    public sealed record Entry(int KeyId, string Prefix, int CustomerId, bool TestMode);

    // Bounded so a flood of distinct valid keys cannot grow it without end; past this, it starts again empty.
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, (Entry Key, DateTimeOffset Until)> _keys = new(StringComparer.Ordinal);

    public bool TryGet(string hash, out Entry key)
    {
        if (_keys.TryGetValue(hash, out var cached) && cached.Until > time.GetUtcNow())
        {
            key = cached.Key;
            return true;
        }
        key = null!;
        return false;
    }

    public void Remember(string hash, Entry key)
    {
        var seconds = options.Value.CacheSeconds;
        if (seconds == 0) return;
        if (_keys.Count >= MaxEntries) _keys.Clear();
        _keys[hash] = (key, time.GetUtcNow().AddSeconds(seconds));
    }

    /// <summary>Drops every remembered key of a customer (after a revocation in this process).</summary>
    public void Forget(int customerId)
    {
        foreach (var (hash, cached) in _keys)
            if (cached.Key.CustomerId == customerId) _keys.TryRemove(hash, out _);
    }
}
