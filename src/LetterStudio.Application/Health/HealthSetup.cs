using LetterStudio.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LetterStudio.Application.Health;

public static class HealthSetup
{
    /// <summary>Checks tagged "ready" decide /health/ready; /health/live runs none (the process answers, that is all).</summary>
    public const string Ready = "ready";

    /// <summary>The database's checks: reachable, migrated, and the two outboxes' backlogs under their thresholds.</summary>
    public static IHealthChecksBuilder AddLetterStudioHealthChecks(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services.AddHealthChecks()
            .AddDbContextCheck<LetterStudioDbContext>("database", HealthStatus.Unhealthy, [Ready])
            .AddCheck<MigrationsHealthCheck>("migrations", HealthStatus.Unhealthy, [Ready])
            .AddCheck<MailBacklogHealthCheck>("mail-outbox", HealthStatus.Degraded, [Ready])
            .AddCheck<WebhookBacklogHealthCheck>("webhook-outbox", HealthStatus.Degraded, [Ready]);
    }
}
