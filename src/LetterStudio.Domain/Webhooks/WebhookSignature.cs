using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LetterStudio.Domain.Webhooks;

/// <summary>
/// How a delivery is signed and how a receiver checks it. The signed text is the timestamp, a dot and the
/// exact body bytes, so neither can be swapped; the timestamp lets a receiver refuse a replayed old request.
/// </summary>
public static class WebhookSignature
{
    public const string EventIdHeader = "LetterStudio-Event-Id";
    public const string TimestampHeader = "LetterStudio-Timestamp";
    public const string SignatureHeader = "LetterStudio-Signature";
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    /// <summary>The header value: "v1=" and the lower-case hex HMAC-SHA256 of "{timestamp}.{body}" keyed with the secret.</summary>
    public static string Sign(string secret, long timestamp, string body) => "v1=" + Convert.ToHexStringLower(Mac(secret, timestamp, body));

    /// <summary>
    /// True when <paramref name="header"/> holds a v1 signature of this body and timestamp by this secret, and the
    /// timestamp is within <paramref name="tolerance"/> of <paramref name="now"/> (either way, for clock drift).
    /// The header may list several signatures separated by commas; one match is enough.
    /// </summary>
    public static bool Verify(string secret, string? timestamp, string body, string? header, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(secret) || header is null
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return false;
        var sentAt = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253_402_300_799));
        if ((now - sentAt).Duration() > tolerance) return false;
        var expected = Mac(secret, seconds, body);
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!part.StartsWith("v1=", StringComparison.Ordinal)) continue;
            var hex = part[3..];
            if (hex.Length != expected.Length * 2 || !hex.All(Uri.IsHexDigit)) continue;
            // Constant time, so the comparison does not tell an attacker how many leading bytes were right.
            if (CryptographicOperations.FixedTimeEquals(Convert.FromHexString(hex), expected)) return true;
        }
        return false;
    }

    private static byte[] Mac(string secret, long timestamp, string body) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body));
}
