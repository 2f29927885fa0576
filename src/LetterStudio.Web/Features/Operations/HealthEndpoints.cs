using LetterStudio.Application.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LetterStudio.Web.Features.Operations;

/// <summary>
/// /health/live (the process answers; no dependency is asked, so a slow database never gets a node restarted) and
/// /health/ready (database, migrations, job store, outbox backlogs) for a load balancer. Anonymous, never rate-limited,
/// never redirected to the sign-in page; the JSON names each check, its status and a short description, and nothing
/// private (no connection string, host, path or exception message).
/// </summary>
public static class HealthEndpoints
{
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        Map(app, "/health/live", _ => false);
        Map(app, "/health/ready", r => r.Tags.Contains(HealthSetup.Ready));
        return app;
    }

    private static void Map(WebApplication app, string path, Func<HealthCheckRegistration, bool> predicate) =>
        app.MapHealthChecks(path, new HealthCheckOptions
        {
            Predicate = predicate,
            // Degraded (a backlog over its threshold) still takes traffic: 200, with the word in the body.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = (http, report) =>
            {
                http.Response.ContentType = "application/json; charset=utf-8";
                return http.Response.WriteAsync(HealthReportJson.Write(report));
            },
        }).AllowAnonymous().DisableRateLimiting().DisableAntiforgery();
}
