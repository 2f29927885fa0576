namespace LetterStudio.Domain.Orders;

/// <summary>
/// An order's status as the studio says it ("In review", not "InReview"), for every page and the command line. The
/// code name stays the API's and scripts' word; <see cref="WithCode"/> gives both where a script reads the text.
/// </summary>
public static class OrderStatusWords
{
    /// <summary>As a label: "In review".</summary>
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

    /// <summary>Inside a sentence, after "is": "order 4 is in review".</summary>
    public static string InSentence(OrderStatus status) => status switch
    {
        OrderStatus.Assigned => "assigned to a writer",
        OrderStatus.Drafting => "being drafted",
        _ => Of(status).ToLowerInvariant(),
    };

    /// <summary>For the command line: "in review (InReview)", the code name being what <c>--status</c> and <c>--to</c> take.</summary>
    public static string WithCode(OrderStatus status) => $"{InSentence(status)} ({status})";
}
