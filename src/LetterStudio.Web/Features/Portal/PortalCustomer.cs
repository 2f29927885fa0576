using System.Security.Claims;
using LetterStudio.Data;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Features.Portal;

public static class PortalCustomer
{
    /// <summary>The customer record a signed-in customer account belongs to; null for an account without one.</summary>
    public static async Task<int?> CustomerIdAsync(this LetterStudioDbContext db, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var name = user.Identity?.Name;
        if (name is null) return null;
        return await db.Users.AsNoTracking().Where(u => u.UserName == name).Select(u => u.CustomerId).SingleOrDefaultAsync(ct);
    }
}
