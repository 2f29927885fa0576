namespace LetterStudio.Drafting.Letters;

/// <summary>A piece of a streamed draft: text as it comes, then the stored result.</summary>
public sealed record DraftUpdate(string? Text, DraftResult? Result);
