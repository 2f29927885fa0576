namespace LetterStudio.Handwriting;

/// <summary>Where everything of a letter (or envelope) was written: pages, lines, runs and glyphs.</summary>
public sealed record LetterLayout
{
    /// <summary>The pages in order.</summary>
    public required IReadOnlyList<PageLayout> Pages { get; init; }

    /// <summary>Every line of every page, in reading order.</summary>
    public IEnumerable<LineLayout> Lines => Pages.SelectMany(page => page.Lines);
}
