using LetterStudio.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace LetterStudio.Application.Health;

/// <summary>The mail outbox's backlog against Health:MailBacklogThreshold.</summary>
internal sealed class MailBacklogHealthCheck(LetterStudioDbContext db, IOptions<Mail.MailOptions> mail, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        BacklogResult.Of(await Backlogs.Mail(db, mail.Value.MaxAttempts).CountAsync(cancellationToken), options.Value.MailBacklogThreshold,
            "message(s)", options.Value);
}

/// <summary>The webhook outbox's backlog against Health:WebhookBacklogThreshold.</summary>
internal sealed class WebhookBacklogHealthCheck(LetterStudioDbContext db, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        BacklogResult.Of(await Backlogs.Webhooks(db).CountAsync(cancellationToken), options.Value.WebhookBacklogThreshold,
            "deliveries", options.Value);
}

internal static class BacklogResult
{
    public static HealthCheckResult Of(int waiting, int threshold, string what, HealthOptions options) => waiting <= threshold
        ? HealthCheckResult.Healthy($"{waiting} {what} waiting (threshold {threshold}).")
        : new HealthCheckResult(options.BacklogMakesUnready ? HealthStatus.Unhealthy : HealthStatus.Degraded,
            $"{waiting} {what} waiting, over the threshold of {threshold}.");
}
