using System.Net;
using System.Net.Sockets;
using LetterStudio.Domain.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LetterStudio.Data.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>Webhook settings (validated on start), the sender's HTTP client and the dispatch use case.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => o.FirstRetryDelay <= o.MaxRetryDelay, "Webhooks:FirstRetryDelay must not be longer than Webhooks:MaxRetryDelay.")
            .Validate(o => o.FirstRetryDelay < o.MaxAge, "Webhooks:FirstRetryDelay must be shorter than Webhooks:MaxAge.")
            .ValidateOnStart();
        services.AddHttpClient(WebhookOptions.HttpClientName)
            .ConfigureHttpClient((sp, client) => client.Timeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var handler = new SocketsHttpHandler
                {
                    // A redirect could lead to an internal address; a receiver must answer at the URL it registered.
                    AllowAutoRedirect = false,
                    // Connections go straight to the receiver, so the address check below sees the real target.
                    UseProxy = false,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                };
                if (!sp.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowInsecureUrls)
                    handler.ConnectCallback = ConnectToPublicAddressAsync;
                return handler;
            });
        services.AddScoped<WebhookSender>();
        services.AddScoped<WebhookDispatch>();
        services.AddScoped<WebhookEndpoints>();
        return services;
    }

    /// <summary>
    /// Checks the addresses a host name resolves to at connection time: a name registered as public that later
    /// resolves to 127.0.0.1 or 10.x (DNS rebinding) is refused, not connected to.
    /// </summary>
    private static async ValueTask<Stream> ConnectToPublicAddressAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var allowed = addresses.Where(WebhookUrl.IsPublic).ToArray();
        if (allowed.Length == 0)
            throw new HttpRequestException($"{host} resolves only to local or private addresses; webhooks are sent to public hosts only.");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
