using LetterStudio.Domain.Accounts;

namespace LetterStudio.Web.Features.Home;

/// <summary>
/// "/" is everyone's home: sign-in lands there (or on the page that asked for it), and so does the brand link.
/// Each role is sent on to its own home rather than being told it may not see the writers' queue: customers to
/// their portal, print operators to the print room, admins to the studio overview; writers stay on the queue.
/// </summary>
public static class RoleLanding
{
    public static string HomeOf(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(StudioRoles.Admin) ? "/admin"
        : user.IsInRole(StudioRoles.Writer) ? "/queue"
        : user.IsInRole(StudioRoles.PrintOperator) ? "/print"
        : user.IsInRole(StudioRoles.Customer) ? "/my"
        : "/account/login";

    public static IApplicationBuilder UseRoleLanding(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.Request.Path == "/" && HttpMethods.IsGet(http.Request.Method) && http.User.Identity?.IsAuthenticated == true)
        {
            var home = HomeOf(http.User);
            // A writer's home is the queue itself, which "/" also shows; only the others are sent on.
            if (home != "/queue")
            {
                http.Response.Redirect(home);
                return;
            }
        }
        await next(http);
    });
}
