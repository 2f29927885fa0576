using System.Security.Claims;
using LetterStudio.Application.Orders;
using LetterStudio.Domain.Accounts;

namespace LetterStudio.Web.Features;

public static class ViewerExtensions
{
    /// <summary>The signed-in person as the workbench's access rules see them.</summary>
    public static Viewer ToViewer(this ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? throw new InvalidOperationException("The page requires a signed-in user."), user.IsInRole(StudioRoles.Admin));
}
