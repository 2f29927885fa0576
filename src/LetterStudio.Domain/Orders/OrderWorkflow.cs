namespace LetterStudio.Domain.Orders;

/// <summary>The legal moves between order statuses: one table, read by <see cref="Order"/> and shown in errors.</summary>
public static class OrderWorkflow
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Moves = new()
    {
        [OrderStatus.Received] = [OrderStatus.Assigned, OrderStatus.Cancelled],
        [OrderStatus.Assigned] = [OrderStatus.Drafting, OrderStatus.Cancelled],
        [OrderStatus.Drafting] = [OrderStatus.InReview, OrderStatus.Cancelled],
        // InReview -> Drafting is "changes asked for", by the customer or a senior writer.
        [OrderStatus.InReview] = [OrderStatus.Approved, OrderStatus.Drafting, OrderStatus.Cancelled],
        [OrderStatus.Approved] = [OrderStatus.Rendered, OrderStatus.Cancelled],
        // Once paper has been printed the letter exists; cancelling is no longer possible.
        [OrderStatus.Rendered] = [OrderStatus.Printed, OrderStatus.Cancelled],
        [OrderStatus.Printed] = [OrderStatus.Mailed],
        [OrderStatus.Mailed] = [],
        [OrderStatus.Cancelled] = [],
    };

    public static IReadOnlyList<OrderStatus> AllowedFrom(OrderStatus from) => Moves[from];

    public static bool IsAllowed(OrderStatus from, OrderStatus to) => Moves[from].Contains(to);

    public static bool IsFinished(OrderStatus status) => Moves[status].Length == 0;
}
