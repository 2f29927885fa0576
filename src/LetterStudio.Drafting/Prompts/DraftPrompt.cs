using LetterStudio.Drafting.Anecdotes;
using LetterStudio.Drafting.Templates;

namespace LetterStudio.Drafting.Prompts;

/// <summary>The prompt for one order, fitted to the token budget, with what was left out and why.</summary>
public sealed record DraftPrompt(LetterPromptModel Model, RenderedPrompt Rendered, AnecdoteRanking Ranking, int Tokens, IReadOnlyList<PromptOmission> Omissions)
{
    public IReadOnlyList<int> AnecdoteIds => [.. Model.Anecdotes.Select(a => a.Id)];

    public IReadOnlyList<int> PinnedAnecdoteIds => [.. Model.Anecdotes.Where(a => a.Pinned).Select(a => a.Id)];
}
