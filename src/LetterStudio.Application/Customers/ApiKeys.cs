using LetterStudio.Data;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Customers;

/// <summary>A customer's API keys as the portal and the command line list them; making and revoking one are <see cref="CreateApiKey"/> and <see cref="RevokeApiKey"/>.</summary>
public sealed class ApiKeys(LetterStudioDbContext db)
{
    public Task<List<ApiKey>> ListAsync(int customerId, CancellationToken ct = default) =>
        db.ApiKeys.AsNoTracking().Where(k => k.CustomerId == customerId).OrderBy(k => k.Id).ToListAsync(ct);
}
