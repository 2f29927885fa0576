using System.Security.Claims;
using System.Text.Encodings.Web;
using LetterStudio.Data;
using LetterStudio.Domain.Customers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace LetterStudio.Web.Features.Api;

/// <summary>
/// Authenticates API calls by the key in the X-Api-Key header: looked up by its SHA-256, refused when
/// unknown or revoked. The principal carries the key's customer and mode, so every endpoint can keep to them.
/// The key is found through <see cref="ApiKeyLookup"/>: cached per node, but checked against the customer's keys stamp on
/// every call, so a key revoked anywhere (the portal, the command line, another node) stops working on every node with
/// the next call.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    LetterStudioDbContext db, ApiKeyLookup keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string CustomerClaim = "letterstudio:customer";
    public const string TestModeClaim = "letterstudio:test-mode";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || values.ToString() is not { Length: > 0 } secret)
            return AuthenticateResult.NoResult();
        var hash = ApiKey.HashOf(secret);
        var (outcome, key, stamps) = await keys.FindAsync(db, hash);
        if (outcome == ApiKeyLookup.Outcome.Unknown || key is null) return AuthenticateResult.Fail("The API key is not known.");
        if (outcome == ApiKeyLookup.Outcome.Revoked) return AuthenticateResult.Fail("The API key was revoked.");
        if (stamps is not null) Context.Features.Set(stamps);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, $"api-key:{key.KeyId}"),
            new Claim(ClaimTypes.Name, $"api:{key.Prefix}"),
            new Claim(CustomerClaim, key.CustomerId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(TestModeClaim, key.TestMode ? "true" : "false"),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
        return Task.CompletedTask;
    }
}
