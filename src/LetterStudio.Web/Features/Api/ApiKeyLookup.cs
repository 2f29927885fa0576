using LetterStudio.Data;
using LetterStudio.Data.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LetterStudio.Web.Features.Api;

/// <summary>An active key as the API's principal needs it.</summary>
public sealed record ActiveKey(int KeyId, string Prefix, int CustomerId, bool TestMode);

/// <summary>The customer's stamps as this request read them, handed from the key check to the endpoints (the list's total).</summary>
public sealed record RequestStamps(int CustomerId, CustomerStamps Stamps);

/// <summary>
/// Finds the key of an API call. A key found earlier on this node is kept in the <see cref="ApiCache"/> under its
/// customer's keys stamp; each call then reads the key's revocation by primary key together with the customer's stamps,
/// and trusts the entry only if the key is still there, not revoked, and the keys stamp unchanged. So a key revoked
/// anywhere is refused on every node by the next call, even when it was revoked by hand in SQL, around the stamps.
/// A key not cached is read by its hash with both stamps in one query. Either way a call costs one round trip, and
/// the stamps it read serve the endpoint too (the list's total).
/// </summary>
public sealed class ApiKeyLookup(ApiCache cache, IOptions<ApiCacheOptions> options)
{
    public enum Outcome { Active, Unknown, Revoked }

    private readonly record struct KeyHash(string Hash);

    private sealed record KeyRow(int KeyId, string Prefix, int CustomerId, bool TestMode, bool Revoked, long? Keys, long? Orders);

    private static readonly CompiledPerModel<Func<LetterStudioDbContext, string, Task<KeyRow?>>> ByHash = new(() => EF.CompileAsyncQuery(
        (LetterStudioDbContext db, string hash) => db.ApiKeys.AsNoTracking().Where(k => k.Hash == hash)
            .Select(k => new KeyRow(k.Id, k.Prefix, k.CustomerId, k.TestMode, k.RevokedAt != null,
                db.Set<CacheStamp>().Where(s => s.CustomerId == k.CustomerId).Select(s => (long?)s.Keys).FirstOrDefault(),
                db.Set<CacheStamp>().Where(s => s.CustomerId == k.CustomerId).Select(s => (long?)s.Orders).FirstOrDefault()))
            .SingleOrDefault()));

    private sealed record KeyCheck(bool Revoked, long? Keys, long? Orders);

    private static readonly CompiledPerModel<Func<LetterStudioDbContext, int, Task<KeyCheck?>>> ById = new(() => EF.CompileAsyncQuery(
        (LetterStudioDbContext db, int keyId) => db.ApiKeys.AsNoTracking().Where(k => k.Id == keyId)
            .Select(k => new KeyCheck(k.RevokedAt != null,
                db.Set<CacheStamp>().Where(s => s.CustomerId == k.CustomerId).Select(s => (long?)s.Keys).FirstOrDefault(),
                db.Set<CacheStamp>().Where(s => s.CustomerId == k.CustomerId).Select(s => (long?)s.Orders).FirstOrDefault()))
            .SingleOrDefault()));

    public async Task<(Outcome Outcome, ActiveKey? Key, RequestStamps? Stamps)> FindAsync(LetterStudioDbContext db, string hash)
    {
        var cacheKey = new KeyHash(hash);
        if (cache.Find<ActiveKey>(cacheKey) is { } hit)
        {
            if (await ById.For(db)(db, hit.Value.KeyId) is { Revoked: false, Keys: { } keysNow, Orders: { } ordersNow } && keysNow == hit.Stamp)
                return (Outcome.Active, hit.Value, new RequestStamps(hit.CustomerId, new CustomerStamps(keysNow, ordersNow)));
            // Revoked, deleted, or one of this customer's keys changed somewhere: read it afresh.
            cache.Remove(cacheKey);
        }
        var row = await ByHash.For(db)(db, hash);
        if (row is null) return (Outcome.Unknown, null, null);
        if (row.Revoked) return (Outcome.Revoked, null, null);
        var key = new ActiveKey(row.KeyId, row.Prefix, row.CustomerId, row.TestMode);
        if (row is not { Keys: { } keys, Orders: { } orders }) return (Outcome.Active, key, null);
        cache.Set(cacheKey, new Stamped<ActiveKey>(row.CustomerId, keys, key), TimeSpan.FromSeconds(options.Value.KeySeconds));
        return (Outcome.Active, key, new RequestStamps(row.CustomerId, new CustomerStamps(keys, orders)));
    }
}
