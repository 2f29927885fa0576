using LetterStudio.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LetterStudio.Application.Health;

/// <summary>
/// Unhealthy while the database lacks migrations this build knows: a node started with Database:MigrateOnStart=false
/// stays out of the load balancer until the node that migrates has done so.
/// </summary>
internal sealed class MigrationsHealthCheck(LetterStudioDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0
            ? HealthCheckResult.Healthy("All migrations applied.")
            : new HealthCheckResult(context.Registration.FailureStatus, $"{pending} migration(s) pending.");
    }
}
