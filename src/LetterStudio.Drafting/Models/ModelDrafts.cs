namespace LetterStudio.Drafting.Models;

/// <summary>
/// The candidates a model wrote and the tokens of the whole exchange. <see cref="CritiqueUsage"/> is the part of
/// <see cref="Usage"/> the critique-and-revise pass cost; <see cref="Notes"/> says, per candidate, what that pass did.
/// </summary>
public sealed record ModelDrafts(IReadOnlyList<LetterDraft> Candidates, TokenUsage Usage, TokenUsage? CritiqueUsage = null, IReadOnlyList<string?>? Notes = null)
{
    public string? NoteFor(int candidate) => Notes is { } n && candidate < n.Count ? n[candidate] : null;
}
