namespace LetterStudio.Handwriting;

/// <summary>One page as laid out.</summary>
public sealed record PageLayout
{
    /// <summary>Zero-based page number.</summary>
    public required int Index { get; init; }

    /// <summary>Page width in points.</summary>
    public required float Width { get; init; }

    /// <summary>Page height in points.</summary>
    public required float Height { get; init; }

    /// <summary>The page inside its margins; every run box lies inside it.</summary>
    public required LayoutBox ContentBox { get; init; }

    /// <summary>The y of each printed rule (empty on plain stationery).</summary>
    public required IReadOnlyList<float> Rules { get; init; }

    /// <summary>The written lines in reading order.</summary>
    public required IReadOnlyList<LineLayout> Lines { get; init; }
}
