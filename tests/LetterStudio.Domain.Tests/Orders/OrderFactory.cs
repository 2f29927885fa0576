using LetterStudio.Domain.Orders;

namespace LetterStudio.Domain.Tests.Orders;

internal static class OrderFactory
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static OrderDetails Details(DateOnly? due = null, string brief = "Say thank you for the away games.") =>
        new(1, 2, "thank-you", brief, null, due ?? new DateOnly(2026, 12, 20), 4500, "gbp", WantsProof: true, "key-1", [7, 8, 7]);

    public static Order Placed() => Order.Place(Details(), "customer@example.com", Now);

    /// <summary>An order walked along the happy path until it reaches <paramref name="status"/>.</summary>
    public static Order In(OrderStatus status)
    {
        var order = Placed();
        if (status == OrderStatus.Cancelled)
        {
            order.MoveTo(OrderStatus.Cancelled, "ops", Now, "changed their mind");
            return order;
        }
        OrderStatus[] path = [OrderStatus.Assigned, OrderStatus.Drafting, OrderStatus.InReview, OrderStatus.Approved, OrderStatus.Rendered, OrderStatus.Printed, OrderStatus.Mailed];
        foreach (var step in path)
        {
            if (order.Status == status) break;
            order.MoveTo(step, "writer", Now);
        }
        return order;
    }
}
