namespace LetterStudio.Handwriting;

/// <summary>Envelope formats, drawn landscape.</summary>
public enum EnvelopeSize
{
    /// <summary>DL, 220 × 110 mm.</summary>
    DL,
    /// <summary>C5, 229 × 162 mm.</summary>
    C5,
    /// <summary>US No. 10, 9.5 × 4.125 in.</summary>
    No10,
}
