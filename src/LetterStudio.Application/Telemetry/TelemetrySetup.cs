using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LetterStudio.Application.Telemetry;

public static class TelemetrySetup
{
    /// <summary>The EF Core instrumentation's ActivitySource: its spans are kept only under a request, job or delivery.</summary>
    private const string EfSource = "OpenTelemetry.Instrumentation.EntityFrameworkCore";

    /// <summary>
    /// Traces and metrics over OTLP when a collector is configured (OpenTelemetry:Endpoint or OTEL_EXPORTER_OTLP_ENDPOINT);
    /// otherwise only the settings are registered: no SDK, no listener, nothing exported. The web app adds its request
    /// instrumentation through <paramref name="tracing"/> and <paramref name="metrics"/>.
    /// </summary>
    public static IServiceCollection AddStudioTelemetry(this IServiceCollection services, IConfiguration configuration, string defaultServiceName,
        Action<TracerProviderBuilder>? tracing = null, Action<MeterProviderBuilder>? metrics = null)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();

        // Decided here, while services are registered (as for Quartz); the settings are validated again on start.
        var o = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new();
        if (TelemetryOptions.ResolveEndpoint(o.Endpoint) is not { } endpoint) return services;
        var protocol = ResolveProtocol(configuration);
        var serviceName = string.IsNullOrWhiteSpace(o.ServiceName) ? defaultServiceName : o.ServiceName;

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName, serviceInstanceId: StudioNode.Name))
            .WithTracing(t =>
            {
                t.AddSource(StudioTelemetry.Name)
                    .AddHttpClientInstrumentation()
                    // The dispatchers poll and the gauges count every few seconds; those queries have no parent and would
                    // each be a trace of their own. EF commands are kept when they run inside a request, job or delivery.
                    .AddEntityFrameworkCoreInstrumentation(ef => ef.Filter = (_, _) => HasParent(Activity.Current))
                    .AddOtlpExporter(x => Export(x, endpoint, protocol, "v1/traces"));
                tracing?.Invoke(t);
            })
            .WithMetrics(m =>
            {
                // "LetterStudio.*": the handwriting engine's meter (LetterStudio.Handwriting), which knows nothing of this project.
                m.AddMeter(StudioTelemetry.Name, StudioTelemetry.Name + ".*", "System.Runtime")
                    .AddHttpClientInstrumentation()
                    .AddInstrumentation(sp => new StudioGauges(sp))
                    .AddOtlpExporter((x, reader) =>
                    {
                        Export(x, endpoint, protocol, "v1/metrics");
                        reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)o.MetricsInterval.TotalMilliseconds;
                    });
                metrics?.Invoke(m);
            });
        return services;
    }

    /// <summary>True when the EF command's span (current at the filter) sits under another span.</summary>
    private static bool HasParent(Activity? current) =>
        current is not null && (current.Source.Name != EfSource || current.ParentSpanId != default);

    private static OtlpExportProtocol ResolveProtocol(IConfiguration configuration)
    {
        var configured = configuration[$"{TelemetryOptions.SectionName}:{nameof(TelemetryOptions.Protocol)}"]
            ?? (Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_PROTOCOL") is "grpc" ? "Grpc" : null);
        return configured == "Grpc" ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
    }

    /// <summary>OTLP/HTTP wants each signal's own path when the endpoint is set in code; gRPC takes the bare address.</summary>
    private static void Export(OtlpExporterOptions x, Uri endpoint, OtlpExportProtocol protocol, string path)
    {
        x.Protocol = protocol;
        x.Endpoint = protocol == OtlpExportProtocol.Grpc ? endpoint : new Uri(endpoint.ToString().TrimEnd('/') + "/" + path);
    }
}

internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options) =>
        string.IsNullOrWhiteSpace(options.Endpoint)
        || Uri.TryCreate(options.Endpoint.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"OpenTelemetry:Endpoint '{options.Endpoint}' is not an http(s) address such as http://127.0.0.1:4318.");
}
