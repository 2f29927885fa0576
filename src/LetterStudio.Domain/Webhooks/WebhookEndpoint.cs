using System.Security.Cryptography;
using LetterStudio.Domain.Common;

namespace LetterStudio.Domain.Webhooks;

/// <summary>
/// A URL of a business customer's that hears about their orders. The secret signs every delivery; it is
/// shown once, when the endpoint is registered, and kept in clear because signing needs the secret itself
/// (an HMAC cannot be computed from a hash of its key, unlike an API key, which is only ever compared).
/// </summary>
public sealed class WebhookEndpoint
{
    public const int UrlLength = 2_000;
    public const int SecretLength = 70;
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public int Id { get; private set; }
    public int CustomerId { get; private set; }
    public string Url { get; private set; } = "";
    public string Secret { get; private set; } = "";
    public string? Description { get; private set; }
    public bool Active { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>Optimistic concurrency: two people switching the same endpoint do not overwrite each other unseen.</summary>
    public int Version { get; private set; }

    private WebhookEndpoint() { }

    /// <summary>A new, active endpoint with a fresh secret ("whsec_" and 40 random letters and digits).</summary>
    public static WebhookEndpoint Register(int customerId, string url, string? description, bool allowInsecureUrls, DateTimeOffset now)
    {
        if (customerId <= 0) throw new DomainValidationException(nameof(CustomerId), "is required.");
        return new WebhookEndpoint
        {
            CustomerId = customerId,
            Url = WebhookUrl.Check(url, allowInsecureUrls).ToString(),
            Secret = "whsec_" + RandomNumberGenerator.GetString(Alphabet, 40),
            Description = Guard.Optional(description, nameof(Description), Limits.ShortText),
            Active = true,
            CreatedAt = now,
        };
    }

    public void Deactivate() => Active = false;

    public void Activate() => Active = true;
}
