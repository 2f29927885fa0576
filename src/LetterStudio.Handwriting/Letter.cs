namespace LetterStudio.Handwriting;

/// <summary>
/// The text of a letter, in the parts a hand-written letter has. Text is drawn exactly as given:
/// whitespace (spaces, tabs, line breaks) separates words, everything else is drawn.
/// </summary>
public sealed record Letter
{
    /// <summary>An optional date line, written at the top right.</summary>
    public string? Date { get; init; }

    /// <summary>The salutation, e.g. "Dear Margaret,". May be empty.</summary>
    public string Salutation { get; init; } = "";

    /// <summary>The body paragraphs, in order.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>The closing, e.g. "With love,". Kept on the same page as the signature.</summary>
    public string Closing { get; init; } = "";

    /// <summary>The signature, written larger in the same hand (or in <see cref="RenderOptions.SignatureFontId"/>).</summary>
    public string Signature { get; init; } = "";

    /// <summary>An optional postscript, written after the signature exactly as given (include "P.S." yourself).</summary>
    public string? Postscript { get; init; }
}
