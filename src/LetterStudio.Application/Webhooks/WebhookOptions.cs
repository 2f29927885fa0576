using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Application.Webhooks;

/// <summary>Webhook delivery. Section "Webhooks".</summary>
public sealed class WebhookOptions : LetterStudio.Application.Outbox.IOutboxPolling
{
    public const string SectionName = "Webhooks";
    public const string HttpClientName = "LetterStudio.Webhooks";

    /// <summary>How often the dispatcher looks for due deliveries.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one POST may take before it counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long after the event the studio keeps trying; then the delivery is given up.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The wait after the first failure; it doubles after each further failure.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The doubling stops here, so a long outage is still tried every so often (about 30 tries in a day).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How many due deliveries one round claims.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// Allows http:// and local or private addresses (a receiver on this machine, tests). Off in production:
    /// only https to public hosts, checked when an endpoint is registered and again on every connection,
    /// so a host name that later resolves to an internal address is refused too.
    /// </summary>
    public bool AllowInsecureUrls { get; set; }

    /// <summary>How long a dispatcher's claim on a delivery lasts: longer than any POST, so no second process takes it over mid-send.</summary>
    public TimeSpan Lease => Timeout * 2 + TimeSpan.FromSeconds(30);
}
