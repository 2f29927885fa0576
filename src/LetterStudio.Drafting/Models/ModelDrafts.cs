namespace LetterStudio.Drafting.Models;

public sealed record ModelDrafts(IReadOnlyList<LetterDraft> Candidates, TokenUsage Usage);
