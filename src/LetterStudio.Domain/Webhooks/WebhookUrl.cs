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
        if (uri.IsLoopback || IsLocalName(uri.DnsSafeHost) || (IPAddress.TryParse(uri.DnsSafeHost, out var ip) && !IsPublic(ip)))
            throw new DomainValidationException("Url", $"'{uri.Host}' is a local or private address; use a public host.");
        return uri;
    }

    /// <summary>
    /// Names that lead inside, whatever DNS says: localhost (with or without its trailing dot), the names reserved for
    /// local networks, and single-label names, which the resolver completes with the machine's own search domains.
    /// </summary>
    public static bool IsLocalName(string host)
    {
        var name = host.TrimEnd('.').ToLowerInvariant();
        if (IPAddress.TryParse(name, out _)) return false;
        return name.Length == 0 || !name.Contains('.') || name == "localhost" || LocalSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal));
    }

    private static readonly string[] LocalSuffixes = [".localhost", ".local", ".localdomain", ".internal", ".home.arpa", ".lan", ".intranet", ".corp"];

    /// <summary>
    /// True only for global unicast addresses: the IANA special-purpose registries (IPv4 and IPv6) refused in full.
    /// IPv4-mapped IPv6 is judged as the IPv4 address it carries; NAT64 (64:ff9b::/96, 64:ff9b:1::/48), 6to4 (2002::/16)
    /// and Teredo (2001::/32) are refused, as they can carry a private IPv4 address through a gateway.
    /// </summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address.GetAddressBytes()),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] is 0 or 10 or 127 or >= 224                          // this network, private, loopback, multicast and reserved (240/4, broadcast)
        || (b[0] == 100 && b[1] is >= 64 and <= 127)              // shared address space (carrier-grade NAT)
        || (b[0] == 169 && b[1] == 254)                           // link-local, cloud metadata
        || (b[0] == 172 && b[1] is >= 16 and <= 31)               // private
        || (b[0] == 192 && b[1] == 168)                           // private
        || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)           // IETF protocol assignments, TEST-NET-1
        || (b[0] == 192 && b[1] == 88 && b[2] == 99)              // 6to4 relay anycast
        || (b[0] == 198 && b[1] is 18 or 19)                      // benchmarking
        || (b[0] == 198 && b[1] == 51 && b[2] == 100)             // TEST-NET-2
        || (b[0] == 203 && b[1] == 0 && b[2] == 113));            // TEST-NET-3

    private static bool IsPublicV6(byte[] b)
    {
        // Only 2000::/3 is global unicast; everything else (::, ::1, ::/96, 64:ff9b::/96, 100::/64, fc00::/7, fe80::/10,
        // fec0::/10, ff00::/8...) is special or not allocated.
        if ((b[0] & 0xE0) != 0x20) return false;
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] < 0x02) return false;           // 2001::/23 IETF protocol assignments (Teredo, benchmarking, ORCHID)
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return false; // 2001:db8::/32 documentation
        if (b[0] == 0x20 && b[1] == 0x02) return false;                           // 2002::/16 6to4
        if (b[0] == 0x3f && b[1] == 0xff && (b[2] & 0xF0) == 0) return false;     // 3fff::/20 documentation
        return true;
    }
}
