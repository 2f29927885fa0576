namespace LetterStudio.Domain.Orders;

/// <summary>An order was asked to move to a status it cannot reach from where it is.</summary>
public sealed class IllegalTransitionException(int orderId, OrderStatus from, OrderStatus to)
    : Exception(Describe(orderId, from, to))
{
    public int OrderId { get; } = orderId;
    public OrderStatus From { get; } = from;
    public OrderStatus To { get; } = to;

    private static string Describe(int orderId, OrderStatus from, OrderStatus to)
    {
        var allowed = OrderWorkflow.AllowedFrom(from);
        // The targets by their code names: they are what the command line's --to and the API take.
        var next = allowed.Count == 0 ? "it is finished and cannot move at all" : "it can move to " + string.Join(" or ", allowed);
        return $"Order {orderId} is {OrderStatusWords.WithCode(from)} and cannot move to {to}: {next}.";
    }
}
