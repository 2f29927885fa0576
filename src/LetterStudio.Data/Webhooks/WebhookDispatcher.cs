using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LetterStudio.Data.Webhooks;

/// <summary>Runs <see cref="WebhookDispatch"/> every Webhooks:PollInterval while the web app runs.</summary>
public sealed class WebhookDispatcher(IServiceScopeFactory scopes, IOptions<WebhookOptions> options, ILogger<WebhookDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<WebhookDispatch>().DeliverDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be briefly locked or migrating; the next tick tries again.
                logger.LogWarning(ex, "Webhook delivery round failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
