using LetterStudio.Application.Health;
using LetterStudio.Application.Telemetry;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace LetterStudio.Web.Features.Operations;

/// <summary>What an operator needs from a web node: health checks, telemetry when a collector is configured, and JSON logs that carry their scopes.</summary>
public static class WebOperations
{
    public static IServiceCollection AddWebOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLetterStudioHealthChecks();
        services.AddStudioTelemetry(configuration, "letterstudio-web",
            // A load balancer asks for /health every few seconds: those requests would bury the traces worth reading.
            t => t.AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health")),
            m => m.AddAspNetCoreInstrumentation());
        // Logging:Console:FormatterName=json gives one JSON object a line; its scopes (OrderId, BatchId, Node) are
        // the point of it, so they are on unless the setting says otherwise.
        services.Configure<JsonConsoleFormatterOptions>(o => o.IncludeScopes = true);
        return services;
    }
}
