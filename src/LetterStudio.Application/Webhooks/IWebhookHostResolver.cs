using System.Net;

namespace LetterStudio.Application.Webhooks;

/// <summary>
/// Turns a webhook receiver's host name into addresses. The studio uses DNS (<see cref="DnsWebhookHostResolver"/>);
/// tests put in a resolver they control, so no test ever asks DNS about a name outside the machine.
/// </summary>
public interface IWebhookHostResolver
{
    /// <returns>The addresses, or none when the name does not resolve.</returns>
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct);
}

/// <summary>The system resolver.</summary>
public sealed class DnsWebhookHostResolver : IWebhookHostResolver
{
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        try
        {
            return await Dns.GetHostAddressesAsync(host, ct);
        }
        catch (System.Net.Sockets.SocketException)
        {
            return [];
        }
    }
}
