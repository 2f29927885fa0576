namespace LetterStudio.Drafting.Models;

/// <summary>Text that does not have the shape of a letter.</summary>
public sealed class NotALetterException(string reason) : Exception($"The answer is not a letter: {reason}");
