using LetterStudio.Domain.Orders;

namespace LetterStudio.Web.Features;

/// <summary>An order's status as the studio's staff say it ("In review", not "InReview"); the table is the domain's.</summary>
public static class StatusWords
{
    public static string Of(OrderStatus status) => OrderStatusWords.Of(status);
}
