using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Customers;

/// <summary>Making, listing and revoking a customer's API keys; shared by the command line and, later, the portal.</summary>
public sealed class ApiKeys(LetterStudioDbContext db, TimeProvider time, Audit.AuditLog audit)
{
    /// <returns>The key and its secret, which is shown this once and never stored.</returns>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(int customerId, string name, bool testMode, CancellationToken ct = default, string actor = "cli")
    {
        if (!await db.Customers.AnyAsync(c => c.Id == customerId, ct)) throw new NotFoundException("Customer", customerId);
        var (key, secret) = ApiKey.Create(customerId, name, testMode, time.GetUtcNow());
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(actor, testMode ? "api-key created (test)" : "api-key created (live)", $"customer {customerId}: {key.Prefix}", ct: ct);
        return (key, secret);
    }

    public Task<List<ApiKey>> ListAsync(int customerId, CancellationToken ct = default) =>
        db.ApiKeys.AsNoTracking().Where(k => k.CustomerId == customerId).OrderBy(k => k.Id).ToListAsync(ct);

    /// <summary>Revokes one of the customer's keys; another customer's key is not found.</summary>
    public async Task RevokeAsync(int customerId, int keyId, CancellationToken ct = default, string actor = "cli")
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId && k.CustomerId == customerId, ct) ?? throw new NotFoundException("API key", keyId);
        key.Revoke(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(actor, "api-key revoked", $"customer {customerId}: {key.Prefix}", ct: ct);
    }
}
