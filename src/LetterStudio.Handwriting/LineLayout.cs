namespace LetterStudio.Handwriting;

/// <summary>One written line.</summary>
public sealed record LineLayout
{
    /// <summary>The letter part the line belongs to.</summary>
    public required LetterPart Part { get; init; }

    /// <summary>Index of the paragraph (or address line) within its part; 0 for single parts.</summary>
    public required int PartIndex { get; init; }

    /// <summary>The line's words joined by single spaces.</summary>
    public required string Text { get; init; }

    /// <summary>The line's nominal baseline (before the hand's drift), on the page.</summary>
    public required float Baseline { get; init; }

    /// <summary>Union of the line's run boxes.</summary>
    public required LayoutBox Box { get; init; }

    /// <summary>The line's words.</summary>
    public required IReadOnlyList<GlyphRunLayout> Runs { get; init; }
}
