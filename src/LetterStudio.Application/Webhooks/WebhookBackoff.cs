namespace LetterStudio.Application.Webhooks;

/// <summary>When to try a failed delivery again: exponential backoff with jitter, within the event's MaxAge.</summary>
public static class WebhookBackoff
{
    /// <summary>The delay before try number <paramref name="failures"/>+1 without jitter: 30 s, 1 min, 2 min, 4 min, ... up to MaxRetryDelay.</summary>
    public static TimeSpan Delay(int failures, WebhookOptions o)
    {
        var seconds = o.FirstRetryDelay.TotalSeconds * Math.Pow(2, Math.Min(failures - 1, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, o.MaxRetryDelay.TotalSeconds));
    }

    /// <summary>
    /// The next try, or null once CreatedAt + MaxAge has passed (the delivery is then given up). The last try
    /// is at that deadline itself. Up to 20% jitter either way, so a receiver that comes back up is not hit by
    /// every waiting event in the same second.
    /// </summary>
    public static DateTimeOffset? NextAttempt(DateTimeOffset createdAt, int failures, DateTimeOffset now, WebhookOptions o)
    {
        var deadline = createdAt + o.MaxAge;
        if (now >= deadline) return null;
        var next = now + Delay(failures, o) * (0.8 + Random.Shared.NextDouble() * 0.4);
        return next < deadline ? next : deadline;
    }
}
