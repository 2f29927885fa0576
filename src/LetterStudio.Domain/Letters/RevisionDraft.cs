namespace LetterStudio.Domain.Letters;

/// <summary>A new revision's content, checked by <see cref="Letter.AddRevision"/>.</summary>
public sealed record RevisionDraft(
    string Text,
    RevisionSource Source,
    string Author,
    string? ModelName = null,
    string? PromptFingerprint = null,
    int? StyleProfileId = null,
    IReadOnlyList<int>? AnecdoteIdsUsed = null,
    string? Note = null,
    int? InputTokens = null,
    int? OutputTokens = null)
{
    public IReadOnlyList<int> AnecdoteIds => AnecdoteIdsUsed ?? [];
}
