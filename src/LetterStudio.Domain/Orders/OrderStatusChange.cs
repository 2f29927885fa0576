namespace LetterStudio.Domain.Orders;

/// <summary>One line of an order's history: a move from one status to another, by whom, when and why.</summary>
public sealed class OrderStatusChange
{
    public long Id { get; private set; }
    public int OrderId { get; private set; }
    public OrderStatus? From { get; private set; }
    public OrderStatus To { get; private set; }
    public string Actor { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string? Reason { get; private set; }

    private OrderStatusChange() { }

    internal OrderStatusChange(OrderStatus? from, OrderStatus to, string actor, DateTimeOffset at, string? reason)
    {
        From = from;
        To = to;
        Actor = actor;
        At = at;
        Reason = reason;
    }
}
