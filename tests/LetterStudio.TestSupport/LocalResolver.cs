using System.Net;
using LetterStudio.Application.Webhooks;

namespace LetterStudio.TestSupport;

/// <summary>
/// A webhook host resolver that never asks DNS about a name outside this machine: names the test maps are answered
/// from the map, this machine's own host name and localhost go to the system resolver (answered from /etc/hosts),
/// and every other name does not resolve.
/// </summary>
public sealed class LocalResolver : IWebhookHostResolver
{
    public Dictionary<string, IPAddress[]> Map { get; } = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        var name = host.TrimEnd('.');
        if (Map.TryGetValue(name, out var mapped)) return mapped;
        if (name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || name.Equals(Dns.GetHostName(), StringComparison.OrdinalIgnoreCase))
            return await Dns.GetHostAddressesAsync(name, ct);
        return [];
    }
}
