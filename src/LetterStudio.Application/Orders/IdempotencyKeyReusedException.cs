namespace LetterStudio.Application.Orders;

/// <summary>An idempotency key sent again with a different request: refused, because it cannot mean "the same order".</summary>
public sealed class IdempotencyKeyReusedException(string key)
    : Exception($"Idempotency-Key '{key}' was already used for a different order request; use a new key for a new order.")
{
    public string Key { get; } = key;
}
