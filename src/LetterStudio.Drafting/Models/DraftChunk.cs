namespace LetterStudio.Drafting.Models;

/// <summary>A piece of a streamed draft. <see cref="Usage"/> is set on the last one.</summary>
public sealed record DraftChunk(string Text, TokenUsage? Usage = null);
