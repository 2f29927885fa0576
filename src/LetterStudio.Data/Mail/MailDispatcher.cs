using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LetterStudio.Data.Mail;

/// <summary>Runs <see cref="MailDelivery"/> every Mail:PollInterval while the web app runs.</summary>
public sealed class MailDispatcher(IServiceScopeFactory scopes, IOptions<MailOptions> options, ILogger<MailDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<MailDelivery>().DeliverDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be briefly locked or migrating; the next tick tries again.
                logger.LogWarning(ex, "Mail delivery round failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
