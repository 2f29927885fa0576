using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Customers;

/// <summary>Makes an API key for a customer (from the portal or the command line) and records it in the audit log.</summary>
public sealed class CreateApiKey(LetterStudioDbContext db, TimeProvider time, Audit.AuditLog audit)
{
    /// <returns>The key and its secret, which is shown this once and never stored.</returns>
    public async Task<(ApiKey Key, string Secret)> HandleAsync(int customerId, string name, bool testMode, string actor = "cli", CancellationToken ct = default)
    {
        if (!await db.Customers.AnyAsync(c => c.Id == customerId, ct)) throw new NotFoundException("Customer", customerId);
        var (key, secret) = ApiKey.Create(customerId, name, testMode, time.GetUtcNow());
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(actor, testMode ? "api-key created (test)" : "api-key created (live)", $"customer {customerId}: {key.Prefix}", ct: ct);
        return (key, secret);
    }
}
