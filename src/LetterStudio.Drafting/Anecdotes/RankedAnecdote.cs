using LetterStudio.Domain.Anecdotes;

namespace LetterStudio.Drafting.Anecdotes;

/// <summary>One of the customer's anecdotes as weighed for an order: why it ranks where it does, and whether it goes in.</summary>
public sealed record RankedAnecdote(Anecdote Anecdote, bool Pinned, bool PickedByCustomer, bool ChosenForOrder, double Relevance, int? UsedInOrderId)
{
    public bool Included { get; init; }

    /// <summary>Why it was left out, when it was.</summary>
    public string? LeftOutReason { get; init; }
}
