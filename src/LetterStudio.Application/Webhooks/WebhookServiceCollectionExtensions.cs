using System.Net;
using System.Net.Sockets;
using LetterStudio.Domain.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LetterStudio.Application.Webhooks;

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
                {
                    var egress = sp.GetRequiredService<WebhookEgress>();
                    handler.ConnectCallback = (context, ct) => ConnectToPublicAddressAsync(egress, context, ct);
                }
                return handler;
            });
        services.TryAddSingleton<IWebhookHostResolver, DnsWebhookHostResolver>();
        services.AddSingleton<WebhookEgress>();
        services.AddScoped<WebhookSender>();
        services.AddScoped<WebhookDispatch>();
        services.AddScoped<WebhookEndpoints>();
        return services;
    }

    /// <summary>
    /// Vets the host at connection time, on every attempt: a name registered as public that now resolves to 127.0.0.1,
    /// 10.x or this machine (DNS rebinding) is refused, and the socket connects to the vetted addresses themselves,
    /// never to a name resolved a second time.
    /// </summary>
    private static async ValueTask<Stream> ConnectToPublicAddressAsync(WebhookEgress egress, SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var (allowed, refusal) = await egress.VetAsync(host, ct);
        if (allowed.Length == 0)
            throw new HttpRequestException($"{refusal} (refused when connecting: local or private addresses are never connected to)");
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
