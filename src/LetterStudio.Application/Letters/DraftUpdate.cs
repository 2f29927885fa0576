namespace LetterStudio.Application.Letters;

/// <summary>
/// A piece of a streamed draft: text as it comes, then the stored result. <see cref="Replace"/> means the text so far is
/// replaced by this piece: the critique pass is writing the letter again.
/// </summary>
public sealed record DraftUpdate(string? Text, DraftResult? Result, bool Replace = false);
