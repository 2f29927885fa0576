namespace LetterStudio.Application.Outbox;

/// <summary>
/// One kind of outbox (account mail, webhook deliveries) as <see cref="OutboxDispatcher{TDelivery, TOptions}"/> runs it:
/// each round claims the rows that are due, delivers them one by one, and records each outcome, with the next
/// attempt after a failure by that kind's own backoff.
/// </summary>
public interface IOutboxDelivery
{
    /// <summary>What the log calls this outbox ("Mail", "Webhook").</summary>
    static abstract string OutboxName { get; }

    /// <returns>How many rows were delivered in this round.</returns>
    Task<int> DeliverDueAsync(CancellationToken ct = default);
}

/// <summary>The setting every outbox has: how often the dispatcher looks for due rows.</summary>
public interface IOutboxPolling
{
    TimeSpan PollInterval { get; }
}
