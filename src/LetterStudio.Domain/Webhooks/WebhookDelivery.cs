namespace LetterStudio.Domain.Webhooks;

/// <summary>
/// One event for one endpoint, written in the same transaction as the change it tells about (an outbox row),
/// then posted by the dispatcher until the endpoint answers 2xx or the event is too old to keep trying.
/// </summary>
public sealed class WebhookDelivery
{
    public const int EventIdLength = 40;
    public const int EventTypeLength = 50;
    public const int ErrorLength = 1_000;

    private readonly List<WebhookAttempt> _attempts = [];

    public long Id { get; private set; }
    public int EndpointId { get; private set; }
    /// <summary>The event's id, the same for every endpoint it goes to; receivers use it to ignore a repeat.</summary>
    public string EventId { get; private set; } = "";
    public string EventType { get; private set; } = "";
    /// <summary>The exact body that is posted and signed, fixed when the event happens.</summary>
    public string PayloadJson { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public int Attempts { get; private set; }
    /// <summary>When the next try is due; a dispatcher claims a delivery by moving this forward (its lease).</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public DateTimeOffset? GivenUpAt { get; private set; }
    public int? LastStatusCode { get; private set; }
    public string? LastError { get; private set; }
    public IReadOnlyList<WebhookAttempt> AttemptLog => _attempts;

    private WebhookDelivery() { }

    public WebhookDelivery(int endpointId, WebhookEvent e)
    {
        EndpointId = endpointId;
        EventId = e.Id;
        EventType = e.Type;
        PayloadJson = e.PayloadJson;
        CreatedAt = e.CreatedAt;
        NextAttemptAt = e.CreatedAt;
    }

    public bool IsPending => DeliveredAt is null && GivenUpAt is null;

    public void Succeeded(DateTimeOffset at, int statusCode, TimeSpan duration)
    {
        Record(new WebhookAttempt(at, statusCode, duration, null));
        DeliveredAt = at;
        LastError = null;
    }

    /// <summary>Records a failed try; <paramref name="retryAt"/> null means it was the last one.</summary>
    public void Failed(DateTimeOffset at, int? statusCode, TimeSpan duration, string error, DateTimeOffset? retryAt)
    {
        var message = error.Length <= ErrorLength ? error : error[..ErrorLength];
        Record(new WebhookAttempt(at, statusCode, duration, message));
        LastError = message;
        if (retryAt is { } next) NextAttemptAt = next;
        else GivenUpAt = at;
    }

    /// <summary>Stops without a try, e.g. when the endpoint was switched off after the event.</summary>
    public void GiveUp(DateTimeOffset at, string reason)
    {
        LastError = reason.Length <= ErrorLength ? reason : reason[..ErrorLength];
        GivenUpAt = at;
    }

    private void Record(WebhookAttempt attempt)
    {
        if (!IsPending) throw new InvalidOperationException($"Delivery {Id} is already finished.");
        _attempts.Add(attempt);
        Attempts++;
        LastStatusCode = attempt.StatusCode;
    }
}
