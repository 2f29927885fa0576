using LetterStudio.Application.Telemetry;
using LetterStudio.Data;
using LetterStudio.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LetterStudio.Application.Webhooks;

/// <summary>
/// Delivers the webhook deliveries that are due. Each is claimed first, by moving its NextAttemptAt forward
/// with a conditional UPDATE: of two app processes (or two rounds) only the one whose UPDATE matched sends it.
/// The webhook outbox's delivery strategy, run by the outbox dispatcher; a failure backs off by <see cref="WebhookBackoff"/>.
/// </summary>
public sealed class WebhookDispatch(LetterStudioDbContext db, WebhookSender sender, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookDispatch> logger)
    : LetterStudio.Application.Outbox.IOutboxDelivery
{
    public static string OutboxName => "Webhook";

    /// <returns>How many deliveries were delivered in this round.</returns>
    public async Task<int> DeliverDueAsync(CancellationToken ct = default)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.DeliveredAt == null && d.GivenUpAt == null && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id).Take(o.BatchSize)
            .Select(d => new { d.Id, d.NextAttemptAt }).ToListAsync(ct);
        var delivered = 0;
        foreach (var candidate in due)
        {
            var lease = time.GetUtcNow() + o.Lease;
            var claimed = await db.WebhookDeliveries
                .Where(d => d.Id == candidate.Id && d.NextAttemptAt == candidate.NextAttemptAt && d.DeliveredAt == null && d.GivenUpAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, lease), ct);
            if (claimed == 0) continue; // another dispatcher has it
            if (await DeliverAsync(candidate.Id, ct)) delivered++;
        }
        return delivered;
    }

    private async Task<bool> DeliverAsync(long id, CancellationToken ct)
    {
        // Gone when its endpoint was deleted since the claim.
        if (await db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == id, ct) is not { } delivery) return false;
        var endpoint = await db.WebhookEndpoints.AsNoTracking().SingleOrDefaultAsync(e => e.Id == delivery.EndpointId, ct);
        if (endpoint is not { Active: true })
        {
            delivery.GiveUp(time.GetUtcNow(), "The endpoint was switched off.");
            await SaveAsync(delivery, ct);
            return false;
        }

        var orderId = WebhookEvent.OrderIdOf(delivery.PayloadJson);
        using var scope = orderId is { } o ? logger.BeginOrderScope(o) : null;
        using var activity = StudioTelemetry.Start("webhook deliver", System.Diagnostics.ActivityKind.Client)?
            .SetTag("letterstudio.webhook.event_id", delivery.EventId).SetTag("letterstudio.webhook.endpoint_id", endpoint.Id)
            .SetTag("letterstudio.webhook.attempt", delivery.Attempts + 1).SetTag("letterstudio.order.id", orderId);
        var outcome = await sender.SendAsync(endpoint.Url, endpoint.Secret, delivery.EventId, delivery.PayloadJson, ct);
        if (!outcome.Delivered) activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, outcome.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer");
        StudioTelemetry.WebhookDeliveries.Add(1, new KeyValuePair<string, object?>("outcome", outcome.Delivered ? "delivered" : "failed"));
        var at = time.GetUtcNow();
        if (outcome.Delivered)
            delivery.Succeeded(at, outcome.StatusCode!.Value, outcome.Duration);
        else
        {
            var retryAt = WebhookBackoff.NextAttempt(delivery.CreatedAt, delivery.Attempts + 1, at, options.Value);
            delivery.Failed(at, outcome.StatusCode, outcome.Duration, outcome.Error ?? "Failed.", retryAt);
            logger.LogInformation("Webhook {EventId} to endpoint {EndpointId} failed ({Error}); {Next}", delivery.EventId, endpoint.Id,
                outcome.Error, retryAt is null ? "given up" : $"next try at {retryAt:O}");
        }
        await SaveAsync(delivery, ct);
        return outcome.Delivered;
    }

    private async Task SaveAsync(WebhookDelivery delivery, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Our lease ran out and another dispatcher claimed the delivery; its record wins.
            logger.LogWarning("Webhook delivery {Id} was taken over by another dispatcher while sending", delivery.Id);
        }
        db.ChangeTracker.Clear();
    }
}
