using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LetterStudio.Application.Orders.Portal;

/// <summary>Looks for yearly letters to repeat, every <see cref="RecurringOptions.CheckInterval"/>.</summary>
public sealed class RecurringOrdersService(IServiceScopeFactory scopes, IOptions<RecurringOptions> options, TimeProvider time,
    ILogger<RecurringOrdersService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var created = await scope.ServiceProvider.GetRequiredService<RecurringOrders>().CreateDueAsync(stoppingToken);
                if (created.Count > 0)
                    log.LogInformation("Created {Count} yearly order(s): {References}", created.Count, string.Join(", ", created.Select(o => o.Reference)));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A bad row must not stop the studio; the next run tries again.
                log.LogError(ex, "Creating yearly orders failed");
            }
            await Task.Delay(options.Value.CheckInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
