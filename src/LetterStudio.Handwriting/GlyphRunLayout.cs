namespace LetterStudio.Handwriting;

/// <summary>
/// A word (or a piece of a word too long for a line), drawn with one transform: its glyphs are
/// positioned inside it, so PDF text extraction reads it back as one word.
/// </summary>
public sealed record GlyphRunLayout
{
    /// <summary>The text the run draws.</summary>
    public required string Text { get; init; }

    /// <summary>Box holding every glyph's outline and the font's ascent and descent, on the page.</summary>
    public required LayoutBox Box { get; init; }

    /// <summary>The run's origin on its baseline, on the page.</summary>
    public required float OriginX { get; init; }

    /// <summary>The run's origin on its baseline, on the page.</summary>
    public required float OriginY { get; init; }

    /// <summary>Rotation of the run about its origin in degrees, clockwise on the page.</summary>
    public required float RotationDegrees { get; init; }

    /// <summary>The writer's slant of the run's letters in degrees, rightwards positive (a shear about its baseline).</summary>
    public required float SlantDegrees { get; init; }

    /// <summary>The run's glyphs.</summary>
    public required IReadOnlyList<GlyphPlacement> Glyphs { get; init; }
}
