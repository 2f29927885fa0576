using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Application.Dossier;

/// <summary>Everything a writer needs to know about a client for one order.</summary>
public sealed record DossierView(
    int OrderId,
    string OrderReference,
    string? AssignedWriter,
    Customer Customer,
    Recipient Recipient,
    StyleProfile? Profile,
    int ProfileVersions,
    IReadOnlyList<DossierAnecdote> Timeline,
    IReadOnlyList<PastLetter> PastLetters);

/// <summary>An anecdote on the timeline, with its place in this order and the letters that used it.</summary>
public sealed record DossierAnecdote(Anecdote Anecdote, string? RecipientName, bool Chosen, bool Pinned, IReadOnlyList<string> UsedIn);

/// <summary>A letter written earlier to the same recipient.</summary>
public sealed record PastLetter(int OrderId, string Reference, string Occasion, DateOnly Due, string Status, string Text);
