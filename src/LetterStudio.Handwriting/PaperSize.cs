namespace LetterStudio.Handwriting;

/// <summary>The sheet a letter is written on.</summary>
public enum PaperSize
{
    /// <summary>ISO A5, 148 × 210 mm.</summary>
    A5,
    /// <summary>ISO A4, 210 × 297 mm.</summary>
    A4,
    /// <summary>US Letter, 8.5 × 11 in.</summary>
    Letter,
    /// <summary>A 5 × 7 in card.</summary>
    Card5x7,
}
