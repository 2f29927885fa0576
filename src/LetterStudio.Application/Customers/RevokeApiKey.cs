using LetterStudio.Application.Orders;
using LetterStudio.Data;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Customers;

/// <summary>Revokes one of a customer's API keys (another customer's key is not found) and records it in the audit log.</summary>
public sealed class RevokeApiKey(LetterStudioDbContext db, TimeProvider time, Audit.AuditLog audit)
{
    public async Task HandleAsync(int customerId, int keyId, string actor = "cli", CancellationToken ct = default)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId && k.CustomerId == customerId, ct) ?? throw new NotFoundException("API key", keyId);
        key.Revoke(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(actor, "api-key revoked", $"customer {customerId}: {key.Prefix}", ct: ct);
    }
}
