using System.Security.Claims;
using System.Text.Encodings.Web;
using LetterStudio.Data;
using LetterStudio.Domain.Customers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LetterStudio.Web.Features.Api;

/// <summary>
/// Authenticates API calls by the key in the X-Api-Key header: looked up by its SHA-256, refused when
/// unknown or revoked. Active keys are remembered briefly (<see cref="ApiKeyCache"/>). The principal carries the key's customer, so every endpoint can keep to it.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, LetterStudioDbContext db,
    ApiKeyCache cache) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
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
        if (!cache.TryGet(hash, out var key))
        {
            var stored = await db.ApiKeys.AsNoTracking().Where(k => k.Hash == hash)
                .Select(k => new { k.Id, k.Prefix, k.CustomerId, k.TestMode, k.RevokedAt }).SingleOrDefaultAsync(Context.RequestAborted);
            if (stored is null) return AuthenticateResult.Fail("The API key is not known.");
            if (stored.RevokedAt is not null) return AuthenticateResult.Fail("The API key was revoked.");
            key = new ApiKeyCache.Entry(stored.Id, stored.Prefix, stored.CustomerId, stored.TestMode);
            cache.Remember(hash, key);
        }
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
