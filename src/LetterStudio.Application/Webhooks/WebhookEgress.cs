using System.Net;
using System.Net.NetworkInformation;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Webhooks;

namespace LetterStudio.Application.Webhooks;

/// <summary>
/// Where webhooks may go, after Stripe's Smokescreen: only global unicast addresses (<see cref="WebhookUrl.IsPublic"/>),
/// never this machine under any of its names or interface addresses. A host is vetted when an endpoint is registered
/// and again on every connection, and the connection goes to the vetted address itself, so a name that resolves
/// differently a second later (DNS rebinding) cannot slip through.
/// </summary>
public sealed class WebhookEgress(IWebhookHostResolver resolver)
{
    /// <summary>The addresses of <paramref name="host"/> that may be connected to, with the reason when there are none.</summary>
    public async Task<(IPAddress[] Allowed, string? Refusal)> VetAsync(string host, CancellationToken ct)
    {
        var name = host.Trim('[', ']');
        if (IsThisMachine(name)) return ([], $"{host} is this machine; webhooks are sent to public hosts only.");
        if (WebhookUrl.IsLocalName(name)) return ([], $"{host} is a local name; webhooks are sent to public hosts only.");
        var addresses = IPAddress.TryParse(name, out var literal) ? [literal] : await resolver.ResolveAsync(name.TrimEnd('.'), ct);
        if (addresses.Length == 0) return ([], $"{host} does not resolve to any address.");
        var own = OwnAddresses();
        var refused = addresses.Where(a => !WebhookUrl.IsPublic(a) || own.Contains(Unmapped(a))).ToList();
        var allowed = addresses.Except(refused).ToArray();
        if (allowed.Length == 0)
            return ([], $"{host} resolves only to local, private or reserved addresses or this machine's own ({string.Join(", ", refused.Take(3))}); webhooks are sent to public hosts only.");
        return (allowed, refused.Count > 0 ? $"{host} also resolves to local, private or reserved addresses ({string.Join(", ", refused.Take(3))})." : null);
    }

    /// <summary>
    /// At registration: refused when the name is this machine, local, or resolves to any address that is not public.
    /// A name that does not resolve yet is let through (the receiver may not be live yet); every connection is vetted.
    /// </summary>
    public async Task CheckAtRegistrationAsync(Uri url, CancellationToken ct)
    {
        var (allowed, refusal) = await VetAsync(url.DnsSafeHost, ct);
        if (refusal is null) return;
        if (allowed.Length == 0 && refusal.EndsWith("does not resolve to any address.", StringComparison.Ordinal)) return;
        throw new DomainValidationException("Url", $"'{url.Host}' is a local or private address; use a public host. {refusal}");
    }

    /// <summary>True for this machine's host name (short or fully qualified) and localhost, with or without a trailing dot.</summary>
    public static bool IsThisMachine(string host)
    {
        var name = host.TrimEnd('.');
        if (name.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        var own = Dns.GetHostName();
        if (name.Equals(own, StringComparison.OrdinalIgnoreCase)) return true;
        var domain = IPGlobalProperties.GetIPGlobalProperties().DomainName;
        return domain.Length > 0 && name.Equals($"{own}.{domain}", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every unicast address of this machine's interfaces, read each time: interfaces come and go.</summary>
    public static HashSet<IPAddress> OwnAddresses()
    {
        var own = new HashSet<IPAddress>();
        try
        {
            foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
                foreach (var unicast in nic.GetIPProperties().UnicastAddresses)
                    own.Add(Unmapped(unicast.Address));
        }
        catch (NetworkInformationException)
        {
            // Without the list, the public-address rule still holds; a host whose own address is public is then not caught.
        }
        return own;
    }

    private static IPAddress Unmapped(IPAddress a)
    {
        var plain = a.IsIPv4MappedToIPv6 ? a.MapToIPv4() : a;
        // Link-local IPv6 carries the interface as a scope id; compare the address alone.
        return plain.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && plain.ScopeId != 0 ? new IPAddress(plain.GetAddressBytes()) : plain;
    }
}
