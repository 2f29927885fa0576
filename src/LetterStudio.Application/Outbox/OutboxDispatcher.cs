using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LetterStudio.Application.Outbox;

/// <summary>
/// Runs one outbox's delivery round every PollInterval while the web app runs. Each round has a DI scope of its own
/// (a fresh DbContext), as a request would; a failed round is logged and the next tick tries again.
/// </summary>
public sealed class OutboxDispatcher<TDelivery, TOptions>(IServiceScopeFactory scopes, IOptions<TOptions> options, ILogger<OutboxDispatcher<TDelivery, TOptions>> logger)
    : BackgroundService
    where TDelivery : class, IOutboxDelivery
    where TOptions : class, IOutboxPolling
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TDelivery>().DeliverDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be briefly locked or migrating; the next tick tries again.
                logger.LogWarning(ex, "{Outbox} delivery round failed", TDelivery.OutboxName);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
