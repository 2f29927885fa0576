using LetterStudio.Domain.Accounts;

namespace LetterStudio.Web.Features.Portal;

/// <summary>
/// "/" is the writers' queue; a customer who opens it (the brand link, an old bookmark) is sent to their
/// portal home instead of being told they may not see the queue.
/// </summary>
public static class CustomerLanding
{
    public static IApplicationBuilder UseCustomerLanding(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var user = http.User;
        if (http.Request.Path == "/" && HttpMethods.IsGet(http.Request.Method) && user.IsInRole(StudioRoles.Customer)
            && !user.IsInRole(StudioRoles.Writer) && !user.IsInRole(StudioRoles.Admin))
        {
            http.Response.Redirect("/my");
            return;
        }
        await next(http);
    });
}
