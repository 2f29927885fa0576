using LetterStudio.Domain.Orders;

namespace LetterStudio.Web.Features;

/// <summary>An order's status as the studio's staff say it ("In review", not "InReview").</summary>
public static class StatusWords
{
    public static string Of(OrderStatus status) => status switch
    {
        OrderStatus.Received => "Received",
        OrderStatus.Assigned => "Assigned",
        OrderStatus.Drafting => "Drafting",
        OrderStatus.InReview => "In review",
        OrderStatus.Approved => "Approved",
        OrderStatus.Rendered => "Written out",
        OrderStatus.Printed => "Printed",
        OrderStatus.Mailed => "Mailed",
        OrderStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };
}
