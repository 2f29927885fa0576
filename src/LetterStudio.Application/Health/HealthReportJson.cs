using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LetterStudio.Application.Health;

/// <summary>
/// A health report as the JSON the endpoints and `letterstudio health` print: the overall status and each check's
/// status and short description. An exception's message is never written (it may name a host, a path or a user);
/// only its type is.
/// </summary>
public static class HealthReportJson
{
    public static string Write(HealthReport report) => JsonSerializer.Serialize(new
    {
        status = report.Status.ToString(),
        checks = report.Entries.Select(e => new
        {
            name = e.Key,
            status = e.Value.Status.ToString(),
            description = e.Value.Exception is { } ex ? $"Failed: {ex.GetType().Name}." : e.Value.Description ?? Default(e.Value.Status),
        }),
    }, Options);

    private static string Default(HealthStatus status) => status == HealthStatus.Healthy ? "OK." : "Not OK.";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };
}
