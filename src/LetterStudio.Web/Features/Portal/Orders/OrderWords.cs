using LetterStudio.Domain.Orders;

namespace LetterStudio.Web.Features.Portal.Orders;

/// <summary>An order's status and history in the words a customer uses, not the studio's.</summary>
public static class OrderWords
{
    public static string Status(OrderStatus status, bool wantsProof) => status switch
    {
        OrderStatus.Received => "We have your order",
        OrderStatus.Assigned => "A writer has your letter",
        OrderStatus.Drafting => "Your writer is drafting",
        OrderStatus.InReview => wantsProof ? "Proof ready for you" : "Your writer is reading it through",
        OrderStatus.Approved => "Approved",
        OrderStatus.Rendered => "Written out, waiting for the print room",
        OrderStatus.Printed => "Printed",
        OrderStatus.Mailed => "In the post",
        OrderStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    /// <summary>One line of the timeline; <paramref name="customerEmail"/> tells the customer's own steps from the studio's.</summary>
    public static string Step(OrderStatusChange change, bool wantsProof, string customerEmail)
    {
        var byCustomer = string.Equals(change.Actor, customerEmail, StringComparison.OrdinalIgnoreCase);
        // A line with no move: the writer changed how the letter looks (its hand, ink or paper).
        if (change.From == change.To) return "Your writer adjusted how your letter looks";
        return change.To switch
        {
            OrderStatus.Received => "We received your order",
            OrderStatus.Assigned => "A writer took your letter",
            OrderStatus.Drafting when change.From == OrderStatus.InReview && byCustomer => $"You asked for changes: “{change.Reason}”",
            OrderStatus.Drafting when change.From == OrderStatus.InReview => "Your writer took the letter back to improve it",
            OrderStatus.Drafting => "Your writer is drafting",
            OrderStatus.InReview => wantsProof ? "Proof ready for you" : "Your writer is reading it through",
            OrderStatus.Approved => byCustomer ? "You approved the letter" : "Your writer approved the letter",
            OrderStatus.Rendered => "Written out in handwriting",
            OrderStatus.Printed => "Printed",
            OrderStatus.Mailed => "In the post",
            OrderStatus.Cancelled => $"Cancelled: {change.Reason}",
            _ => change.To.ToString(),
        };
    }
}
