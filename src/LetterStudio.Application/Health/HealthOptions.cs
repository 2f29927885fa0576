using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Application.Health;

/// <summary>The readiness checks' thresholds. Section "Health" of the configuration.</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>Mail waiting to be sent above which the mail check is not healthy. A few minutes of sign-ups and proofs stay well under it.</summary>
    [Range(1, int.MaxValue)]
    public int MailBacklogThreshold { get; set; } = 500;

    /// <summary>Webhook deliveries waiting above which the webhook check is not healthy: one busy customer's bulk upload stays under it.</summary>
    [Range(1, int.MaxValue)]
    public int WebhookBacklogThreshold { get; set; } = 5000;

    /// <summary>
    /// False (the default): a backlog over its threshold makes the node Degraded (HTTP 200, seen by monitoring).
    /// The outboxes are shared by every node, so true would take every node out of the load balancer at once.
    /// </summary>
    public bool BacklogMakesUnready { get; set; }
}
