namespace LetterStudio.Drafting.Anecdotes;

/// <summary>The customer's anecdotes for one order, best first, with the ones that go into the letter marked.</summary>
public sealed record AnecdoteRanking(IReadOnlyList<RankedAnecdote> All)
{
    public IReadOnlyList<RankedAnecdote> Included => [.. All.Where(a => a.Included)];

    public IReadOnlyList<RankedAnecdote> LeftOut => [.. All.Where(a => !a.Included)];

    /// <summary>The ranking with one anecdote taken out afterwards (the token budget did it), saying why.</summary>
    public AnecdoteRanking Without(int anecdoteId, string reason) =>
        new([.. All.Select(a => a.Anecdote.Id == anecdoteId ? a with { Included = false, LeftOutReason = reason } : a)]);
}
