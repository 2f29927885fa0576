namespace LetterStudio.Drafting.Models;

/// <summary>
/// A piece of a streamed draft. <see cref="Usage"/> is set on the last one, with <see cref="CritiqueUsage"/> (the
/// part of it the critique-and-revise pass cost) and <see cref="Note"/> (what that pass did). <see cref="Restart"/>
/// marks the start of the revised letter: the text streamed so far is replaced by what follows.
/// </summary>
public sealed record DraftChunk(string Text, TokenUsage? Usage = null, bool Restart = false, TokenUsage? CritiqueUsage = null, string? Note = null);
