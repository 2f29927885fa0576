namespace LetterStudio.Inspection;

/// <summary>
/// Where each "robot tell" starts: the one place the command line and the drafting desk read them from. The
/// defaults are issue 13's targets (HAND-CONTRACT.md), the same figures the engine aims at.
/// </summary>
public sealed record TellThresholds
{
    /// <summary>Doubled letters (ll, ee, 00) drawn with the same glyph, font and size allowed before it is a tell.</summary>
    public int MaxIdenticalDoubledLetters { get; init; }

    /// <summary>Words written again with the same sequence of glyphs allowed before it is a tell.</summary>
    public int MaxIdenticalRepeatedWords { get; init; }

    /// <summary>A word with this many letters or more is checked for rigidity.</summary>
    public int RigidWordMinLetters { get; init; } = 4;

    /// <summary>A word is rigid when all its glyph origins lie within this distance (em) of one least-squares line.</summary>
    public double RigidToleranceEm { get; init; } = 0.03;

    /// <summary>The tell is a share of rigid words (of 4+ letters) at or above this.</summary>
    public double MaxRigidFraction { get; init; } = 0.20;

    /// <summary>Neighbouring words whose ink boxes are closer than this (em) touch.</summary>
    public double TouchingGapEm { get; init; } = 0.08;

    /// <summary>Touching pairs allowed before it is a tell.</summary>
    public int MaxTouchingPairs { get; init; }

    /// <summary>Neighbouring words whose fill colours differ by more than this (CIE76 delta E) make an ink step.</summary>
    public double InkStepDeltaE { get; init; } = 3.0;

    /// <summary>Ink steps allowed before it is a tell.</summary>
    public int MaxInkSteps { get; init; }

    /// <summary>The fallback font, recognised by this text in its PostScript name (DejaVu Sans is "DejaVuSans").</summary>
    public string FallbackFontName { get; init; } = "DejaVuSans";

    /// <summary>Characters that must never come from the fallback: typeset marks beside a hand. Accented Latin letters
    /// (U+00C0 to U+017F) are counted as well.</summary>
    public string FallbackTellCharacters { get; init; } = "—–“”‘’…«»•€£";

    /// <summary>Glyphs of those characters from the fallback allowed before it is a tell.</summary>
    public int MaxFallbackTellGlyphs { get; init; }

    /// <summary>A page other than the last filled less than this is a tell.</summary>
    public double MinPageFullness { get; init; } = 0.80;

    /// <summary>Whether a fallback glyph of this character is a tell.</summary>
    public bool IsFallbackTell(string text) =>
        text.Any(c => FallbackTellCharacters.Contains(c) || c is >= '\u00C0' and <= '\u017F');
}
