namespace LetterStudio.Domain.Webhooks;

/// <summary>One try at posting a delivery, for the customer's delivery log.</summary>
public sealed class WebhookAttempt
{
    public long Id { get; private set; }
    public long DeliveryId { get; private set; }
    public DateTimeOffset At { get; private set; }
    /// <summary>The receiver's HTTP status; null when no answer came (refused, timed out).</summary>
    public int? StatusCode { get; private set; }
    public int DurationMs { get; private set; }
    public string? Error { get; private set; }

    private WebhookAttempt() { }

    internal WebhookAttempt(DateTimeOffset at, int? statusCode, TimeSpan duration, string? error)
    {
        At = at;
        StatusCode = statusCode;
        DurationMs = (int)Math.Clamp(duration.TotalMilliseconds, 0, int.MaxValue);
        Error = error;
    }

    public bool Succeeded => StatusCode is >= 200 and < 300;
}
