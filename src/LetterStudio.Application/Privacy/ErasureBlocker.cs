using LetterStudio.Domain.Orders;

namespace LetterStudio.Application.Privacy;

/// <summary>An order in progress that stops an erasure, said as a person would say it.</summary>
public sealed record ErasureBlocker(int OrderId, string Reference, OrderStatus Status)
{
    public string Sentence => $"{Reference} is {Doing}";

    private string Doing => Status switch
    {
        OrderStatus.Assigned => "with a writer",
        OrderStatus.Drafting => "being written",
        OrderStatus.InReview => "waiting for your approval",
        OrderStatus.Approved => "approved and waiting to be written out",
        OrderStatus.Rendered => "in the print room",
        OrderStatus.Printed => "printed and about to be posted",
        _ => "in progress",
    };
}
