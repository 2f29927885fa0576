namespace LetterStudio.Inspection;

/// <summary>The "robot tells" of one letter PDF: figures per page and in total, and each tell against its threshold.</summary>
/// <param name="Pages">The figures of each page.</param>
/// <param name="Total">The figures of the whole document.</param>
/// <param name="Tells">Every tell with its value, threshold and whether it fails, in a fixed order.</param>
/// <param name="Thresholds">The thresholds the tells were judged by.</param>
public sealed record InspectionReport(
    IReadOnlyList<PageFigures> Pages,
    TellFigures Total,
    IReadOnlyList<TellResult> Tells,
    TellThresholds Thresholds)
{
    /// <summary>Whether any tell passes its threshold.</summary>
    public bool AnyFails => Tells.Any(t => t.Fails);

    /// <summary>The tells that pass their thresholds.</summary>
    public IEnumerable<TellResult> Failing => Tells.Where(t => t.Fails);
}

/// <summary>The figures of one page.</summary>
/// <param name="Page">The page number, from 1.</param>
/// <param name="Fullness">(lowest ink - highest ink) / (page height - 2 x highest ink), measured from the top; 0 for a page without ink.</param>
/// <param name="IsLast">Whether it is the last page (which may be short).</param>
/// <param name="Figures">The tells' figures counted on this page.</param>
public sealed record PageFigures(int Page, double Fullness, bool IsLast, TellFigures Figures);

/// <summary>The measured figures behind the tells, for a page or the document.</summary>
public sealed record TellFigures
{
    /// <summary>Words found (groups of glyphs between gaps).</summary>
    public int Words { get; init; }

    /// <summary>Neighbouring identical characters inside a word (ll, ee, 00).</summary>
    public int DoubledLetters { get; init; }

    /// <summary>Of those, the ones drawn with the same glyph, font and size.</summary>
    public int DoubledLettersIdentical { get; init; }

    /// <summary>Words (2+ letters) that appeared earlier in the document: each repetition counts once.</summary>
    public int RepeatedWords { get; init; }

    /// <summary>Of those, the ones drawn with the same sequence of glyphs as an earlier one.</summary>
    public int RepeatedWordsIdentical { get; init; }

    /// <summary>Words of 4 letters or more (the threshold's minimum).</summary>
    public int LongWords { get; init; }

    /// <summary>Of those, the ones whose glyph origins lie on one straight line.</summary>
    public int RigidWords { get; init; }

    /// <summary>RigidWords / LongWords, 0 without long words.</summary>
    public double RigidFraction { get; init; }

    /// <summary>Gaps measured between neighbouring words on a line.</summary>
    public int WordGaps { get; init; }

    /// <summary>The smallest gap between neighbouring words' ink boxes, in em; null without gaps.</summary>
    public double? MinWordGapEm { get; init; }

    /// <summary>The median gap between neighbouring words' ink boxes, in em; null without gaps.</summary>
    public double? MedianWordGapEm { get; init; }

    /// <summary>Neighbouring words whose ink gap is under the touching threshold.</summary>
    public int TouchingPairs { get; init; }

    /// <summary>Neighbouring words whose fill colours differ by more than the ink-step threshold.</summary>
    public int InkSteps { get; init; }

    /// <summary>The largest colour difference (CIE76 delta E) between neighbouring words; null without neighbours.</summary>
    public double? MaxInkDeltaE { get; init; }

    /// <summary>Glyphs drawn from the fallback font, by character.</summary>
    public IReadOnlyDictionary<string, int> FallbackGlyphs { get; init; } = new Dictionary<string, int>();

    /// <summary>Fallback glyphs of the characters every hand must draw itself (dashes, quotes, accented letters...).</summary>
    public int FallbackTellGlyphs { get; init; }
}

/// <summary>One tell judged against its threshold.</summary>
/// <param name="Id">A stable key: doubled-letters, repeated-words, rigid-words, touching-words, ink-steps, fallback-glyphs, page-fullness.</param>
/// <param name="Name">What it is, for people.</param>
/// <param name="Value">The measured value (a count, a fraction, or the lowest fullness); null when there was nothing to measure.</param>
/// <param name="Threshold">The threshold, in the value's unit.</param>
/// <param name="Rule">When the value is a tell, e.g. "&gt; 0" or "&lt; 0.80".</param>
/// <param name="Fails">Whether the value passes the threshold: the letter shows this tell.</param>
/// <param name="Examples">Where it shows (for a failing tell), the first ones in reading order.</param>
/// <param name="ExampleCount">How many places show it in all.</param>
public sealed record TellResult(
    string Id,
    string Name,
    double? Value,
    double Threshold,
    string Rule,
    bool Fails,
    IReadOnlyList<TellExample> Examples,
    int ExampleCount);

/// <summary>A place where a tell shows.</summary>
/// <param name="Page">The page, from 1.</param>
/// <param name="Word">The word (or character) at fault.</param>
/// <param name="X">Its left edge, in points from the page's left edge.</param>
/// <param name="Y">Its baseline, in points from the page's top edge.</param>
/// <param name="Detail">What was measured there.</param>
public sealed record TellExample(int Page, string Word, double X, double Y, string Detail);
