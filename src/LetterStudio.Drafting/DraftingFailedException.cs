namespace LetterStudio.Drafting;

/// <summary>A draft could not be produced: the model failed, timed out, or answered with something that is not a letter.</summary>
public sealed class DraftingFailedException(string message, Exception? inner = null) : Exception(message, inner);
