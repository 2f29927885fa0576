using System.Security.Cryptography;
using System.Text;
using LetterStudio.Domain.Common;

namespace LetterStudio.Domain.Customers;

/// <summary>
/// A key a business uses to call the API for its own orders. The secret is shown once, when made; only
/// its SHA-256 is kept, so a stolen database does not hand out working keys.
/// </summary>
public sealed class ApiKey
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public int Id { get; private set; }
    public int CustomerId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The first characters of the secret, to tell keys apart in a list.</summary>
    public string Prefix { get; private set; } = "";
    public string Hash { get; private set; } = "";
    /// <summary>Test keys run the whole flow, but their orders never reach a print batch.</summary>
    public bool TestMode { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    private ApiKey() { }

    /// <summary>A new key and its secret; the secret exists only in the return value.</summary>
    public static (ApiKey Key, string Secret) Create(int customerId, string name, bool testMode, DateTimeOffset now)
    {
        var secret = (testMode ? "ls_test_" : "ls_live_") + RandomNumberGenerator.GetString(Alphabet, 40);
        var key = new ApiKey
        {
            CustomerId = customerId,
            Name = Guard.Required(name, nameof(Name), Limits.Name),
            Prefix = secret[..12],
            Hash = HashOf(secret),
            TestMode = testMode,
            CreatedAt = now,
        };
        return (key, secret);
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public bool IsActive => RevokedAt is null;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
