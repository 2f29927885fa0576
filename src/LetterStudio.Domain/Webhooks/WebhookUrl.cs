using System.Net;
using System.Net.Sockets;
using LetterStudio.Domain.Common;

namespace LetterStudio.Domain.Webhooks;

/// <summary>
/// Which URLs the studio will post to. Without "insecure" URLs allowed (tests, a local receiver), only
/// https to a public host: the studio's server must not become a way to reach its own network.
/// </summary>
public static class WebhookUrl
{
    public static Uri Check(string? url, bool allowInsecure)
    {
        var text = Guard.Required(url, "Url", WebhookEndpoint.UrlLength);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new DomainValidationException("Url", $"'{text}' is not an absolute https URL.");
        if (!string.IsNullOrEmpty(uri.UserInfo))
            throw new DomainValidationException("Url", "must not carry a user name or password; the signature proves who is calling.");
        if (!string.IsNullOrEmpty(uri.Fragment))
            throw new DomainValidationException("Url", "must not have a #fragment.");
        if (allowInsecure) return uri;
        if (uri.Scheme != Uri.UriSchemeHttps)
            throw new DomainValidationException("Url", $"must use https (got {uri.Scheme}).");
        if (uri.IsLoopback || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.DnsSafeHost, out var ip) && !IsPublic(ip)))
            throw new DomainValidationException("Url", $"'{uri.Host}' is a local or private address; use a public host.");
        return uri;
    }

    /// <summary>False for loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local and unspecified addresses.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
            return false;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast);
        var b = address.GetAddressBytes();
        return !(b[0] == 10 || b[0] == 0 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] is >= 64 and <= 127) || b[0] >= 224);
    }
}
