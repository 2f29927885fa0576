using System.Security.Claims;
using LetterStudio.Data;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Features.Portal;

/// <summary>The customer a signed-in portal user acts for: their account's <c>CustomerId</c>, looked up on every request.</summary>
public static class CurrentCustomer
{
    /// <returns>The customer's id, or null for an account linked to no customer (it then sees nothing).</returns>
    public static async Task<int?> IdAsync(LetterStudioDbContext db, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return null;
        return await db.Users.Where(u => u.Id == userId).Select(u => u.CustomerId).SingleOrDefaultAsync(ct);
    }
}
