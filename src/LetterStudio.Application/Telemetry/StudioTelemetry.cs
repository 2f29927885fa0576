using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LetterStudio.Application.Telemetry;

/// <summary>
/// The studio's own spans and counters. With no OpenTelemetry exporter configured nothing listens to them, and
/// StartActivity returns null and Add returns at once: that is what keeps them nearly free when telemetry is off.
/// </summary>
public static class StudioTelemetry
{
    /// <summary>The name of the studio's ActivitySource and Meter (and the prefix of its metrics).</summary>
    public const string Name = "LetterStudio";

    public static readonly ActivitySource Source = new(Name);

    // A static Meter for the counters (bumped from deep in the use cases); the observable gauges, which need the
    // database, live on a Meter of the host's own (StudioGauges) so that they stop with it.
    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Drafts = Meter.CreateCounter<long>("letterstudio.drafts", "{draft}",
        "Drafts written by the drafting model and stored as revisions.");

    public static readonly Counter<long> MailDeliveries = Meter.CreateCounter<long>("letterstudio.mail.deliveries", "{message}",
        "Mail delivery attempts, by outcome (sent, failed).");

    public static readonly Counter<long> WebhookDeliveries = Meter.CreateCounter<long>("letterstudio.webhooks.deliveries", "{delivery}",
        "Webhook delivery attempts, by outcome (delivered, failed).");

    public static readonly Counter<long> BatchLetters = Meter.CreateCounter<long>("letterstudio.batch.letters_built", "{letter}",
        "Letters written into batch parts by this node.");

    /// <summary>A span for one job run, one delivery: null (and free) when nothing listens.</summary>
    public static Activity? Start(string name, ActivityKind kind = ActivityKind.Internal) => Source.StartActivity(name, kind);

    /// <summary>Marks a span failed with the exception's type, never its message (messages may hold addresses or text).</summary>
    public static void Fail(this Activity? activity, Exception ex) =>
        activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name).SetTag("error.type", ex.GetType().FullName);
}
