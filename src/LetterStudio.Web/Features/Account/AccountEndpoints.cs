using LetterStudio.Data.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace LetterStudio.Web.Features.Account;

/// <summary>
/// Sign-out as a POST with an antiforgery token, so another site cannot sign a writer out. Signing out renews the
/// account's security stamp, so a copy of the cookie (another tab, another device, a stolen one) stops working too.
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/account");
        // The antiforgery middleware only records its verdict; an endpoint that binds no form must check it itself.
        group.MapPost("/logout", async Task<Results<RedirectHttpResult, BadRequest<string>>> (HttpContext http, IAntiforgery antiforgery, SignInManager<StudioUser> signIn, UserManager<StudioUser> users, LetterStudio.Application.Audit.AuditLog audit) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
                return TypedResults.BadRequest("The sign-out form was not sent from LetterStudio (missing or invalid antiforgery token).");
            if (await users.GetUserAsync(http.User) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
                await audit.RecordAsync(user.Email!, "sign-out", user.Email!, http.Connection.RemoteIpAddress?.ToString());
            }
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/account/login");
        });
        return app;
    }
}
