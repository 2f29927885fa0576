namespace LetterStudio.Domain.Orders;

/// <summary>Where an order is on its way from the customer's brief to the mailbox.</summary>
public enum OrderStatus
{
    Received = 0,
    Assigned = 1,
    Drafting = 2,
    InReview = 3,
    Approved = 4,
    Rendered = 5,
    Printed = 6,
    Mailed = 7,
    Cancelled = 8,
}
