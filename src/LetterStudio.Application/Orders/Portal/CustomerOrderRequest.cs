using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Application.Orders.Portal;

/// <summary>Everything the portal's order form asks for, as the customer answered it.</summary>
public sealed record CustomerOrderRequest(
    int RecipientId,
    string OccasionKey,
    string Brief,
    string? Avoid,
    IReadOnlyList<int> AnecdoteIds,
    IReadOnlyList<NewAnecdote> NewAnecdotes,
    LetterLook Look,
    DateOnly DeliveryDate,
    bool WantsProof,
    bool Envelope,
    bool RepeatsYearly,
    string IdempotencyKey);

/// <summary>
/// A memory the customer adds while ordering: what happened and when (a date, or words such as "summer 2019"), and,
/// when they said, who is in it, what it is about and how delicate it is (null: read from the text when drafting).
/// </summary>
public sealed record NewAnecdote(string Text, DateOnly? HappenedOn, string? HappenedWhen,
    IReadOnlyList<AnecdotePerson>? People = null, string? About = null, AnecdoteSensitivity? Sensitivity = null)
{
    public bool Described => People is { Count: > 0 } || About is not null || Sensitivity is not null;
}
