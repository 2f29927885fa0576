namespace LetterStudio.Handwriting;

/// <summary>PDF document metadata.</summary>
/// <param name="Title">The document title.</param>
/// <param name="Author">The document author.</param>
public sealed record DocumentInfo(string Title, string Author);
