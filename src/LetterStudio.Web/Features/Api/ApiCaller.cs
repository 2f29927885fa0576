using System.Globalization;
using System.Security.Claims;

namespace LetterStudio.Web.Features.Api;

/// <summary>The customer an API key belongs to; every query of the API is kept to it.</summary>
public sealed record ApiCaller(int CustomerId, bool TestMode)
{
    public static ApiCaller From(ClaimsPrincipal user) => new(
        int.Parse(user.FindFirstValue(ApiKeyAuthentication.CustomerClaim) ?? throw new InvalidOperationException("Not an API key principal."), CultureInfo.InvariantCulture),
        user.FindFirstValue(ApiKeyAuthentication.TestModeClaim) == "true");
}
