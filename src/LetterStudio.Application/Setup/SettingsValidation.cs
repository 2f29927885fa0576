using LetterStudio.Data.Setup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LetterStudio.Application.Setup;

public static class SettingsValidation
{
    /// <summary>
    /// Reads the studio's settings once, so a bad one throws <see cref="OptionsValidationException"/> before
    /// the host starts logging and serving; the caller prints the one line that names the setting.
    /// </summary>
    public static void ValidateLetterStudioSettings(this IServiceProvider services)
    {
        Telemetry.StudioNode.Use(services.GetRequiredService<IOptions<StudioOptions>>().Value.NodeName);
        _ = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        _ = services.GetRequiredService<IOptions<Webhooks.WebhookOptions>>().Value;
        // Registered by the hosts (web app, command line) that export telemetry and answer health checks.
        _ = services.GetService<IOptions<Telemetry.TelemetryOptions>>()?.Value;
        _ = services.GetService<IOptions<Health.HealthOptions>>()?.Value;
    }
}
