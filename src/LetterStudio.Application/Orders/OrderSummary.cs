using LetterStudio.Domain.Orders;

namespace LetterStudio.Application.Orders;

/// <summary>One row of an orders list.</summary>
public sealed record OrderSummary(int Id, OrderStatus Status, DateOnly Due, string OccasionName, string CustomerName, string RecipientName, string? AssignedWriter)
{
    public string Reference => Order.ReferenceOf(Id);
}
