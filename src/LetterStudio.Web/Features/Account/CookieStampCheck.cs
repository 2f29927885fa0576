using LetterStudio.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LetterStudio.Web.Features.Account;

/// <summary>
/// Checks a sign-in cookie's security stamp against the account on every request, so signing out, resetting or
/// changing a password ends every older cookie at once (Identity's own validator looks only every 30 minutes, and
/// re-issues the cookie when it does). One lookup by primary key; the cookie is not rewritten.
/// </summary>
public static class CookieStampCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var claims = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var principal = context.Principal;
        var userId = principal?.FindFirst(claims.UserIdClaimType)?.Value;
        var stamp = principal?.FindFirst(claims.SecurityStampClaimType)?.Value;
        var db = context.HttpContext.RequestServices.GetRequiredService<LetterStudioDbContext>();
        var current = userId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is not null && stamp == current) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
