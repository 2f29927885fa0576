using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Application.Telemetry;

/// <summary>
/// OpenTelemetry export. Section "OpenTelemetry" of the configuration. Nothing is exported (and no exporter is
/// even built) unless <see cref="Endpoint"/> or the standard OTEL_EXPORTER_OTLP_ENDPOINT variable names a collector.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "OpenTelemetry";

    /// <summary>The OTLP collector, e.g. http://127.0.0.1:4318 (OTLP/HTTP) or http://127.0.0.1:4317 (gRPC). Empty: no export.</summary>
    public string? Endpoint { get; set; }

    /// <summary>"HttpProtobuf" (the default, port 4318) or "Grpc" (port 4317).</summary>
    [RegularExpression("^(HttpProtobuf|Grpc)$", ErrorMessage = "OpenTelemetry:Protocol must be HttpProtobuf or Grpc.")]
    public string Protocol { get; set; } = "HttpProtobuf";

    /// <summary>service.name of this process; empty: letterstudio-web for the web app, letterstudio for the command line and worker.</summary>
    public string? ServiceName { get; set; }

    /// <summary>How often metrics are exported (and the database-backed gauges read). A minute keeps those reads negligible.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MetricsInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The endpoint from this section or, failing that, from OTEL_EXPORTER_OTLP_ENDPOINT; null when neither is set.</summary>
    public static Uri? ResolveEndpoint(string? configured)
    {
        var value = string.IsNullOrWhiteSpace(configured) ? Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT") : configured;
        return string.IsNullOrWhiteSpace(value) ? null : Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) ? uri : null;
    }
}
