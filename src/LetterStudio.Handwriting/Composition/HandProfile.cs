using LetterStudio.Handwriting.Fonts;

namespace LetterStudio.Handwriting.Composition;

/// <summary>
/// The irregularities of one hand at one realism level and size, in points and degrees: the
/// manifest's tuning for the font (written for level 2) scaled by the level.
/// </summary>
internal sealed record HandProfile
{
    // Level 0 is clean type; 1 a careful hand; 2 the manifest's tuning; 3 a hurried hand.
    private static readonly float[] Amplitudes = [0f, 0.5f, 1f, 1.6f];

    // Variant forms in use per level, besides the font itself. Each form used adds a font subset
    // to the PDF and a glyph run wherever the form changes inside a word, so levels 1 and 2
    // alternate the font with one form and only level 3 uses them all. Per-glyph size, slant,
    // baseline and spacing live in the forms' outlines: moving glyphs one by one at draw time
    // makes Skia write a text position per glyph, which measured 2.3x slower page drawing.
    private static readonly int[] FormsPerLevel = [0, 1, 1, int.MaxValue];

    public required int Realism { get; init; }
    /// <summary>Variant forms used besides the font itself; glyphs pick from forms 0..FormsInUse.</summary>
    public required int FormsInUse { get; init; }
    public required float LineSlopeDegrees { get; init; }
    public required float BaselineDrift { get; init; }
    public required float WordBaseline { get; init; }
    public required float WordRotationDegrees { get; init; }
    public required float WordSizeVariation { get; init; }
    public required float WordSpacingVariation { get; init; }
    public required float MarginWander { get; init; }
    public required float InkVariation { get; init; }

    public static HandProfile For(HandTuning tuning, int realism, float size, bool ruled)
    {
        if (realism is < 0 or > 3)
            throw new ArgumentOutOfRangeException(nameof(realism), realism, "Realism is a level from 0 to 3.");
        float a = Amplitudes[realism];
        return new HandProfile
        {
            Realism = realism,
            FormsInUse = Math.Min(tuning.Forms, FormsPerLevel[realism]),
            // On ruled paper the writer follows the rules: no slope and no drift, only the small
            // unevenness of each word.
            LineSlopeDegrees = ruled ? 0 : tuning.LineSlopeDegrees * a,
            BaselineDrift = ruled ? 0 : tuning.BaselineDriftEm * size * a,
            WordBaseline = tuning.WordBaselineEm * size * a,
            WordRotationDegrees = tuning.WordRotationDegrees * a,
            WordSizeVariation = tuning.WordSizeVariation * a,
            WordSpacingVariation = tuning.WordSpacing * a,
            MarginWander = tuning.MarginWanderEm * size * a,
            InkVariation = tuning.InkVariation * a,
        };
    }

    /// <summary>The largest a glyph can be drawn, as a multiple of the line's size.</summary>
    public float MaxGrowth => (1 + WordSizeVariation) * 1.02f;

    public float MaxAngleRadians => (LineSlopeDegrees + WordRotationDegrees) * MathF.PI / 180f;

    /// <summary>How far a line may stray above or below its nominal baseline.</summary>
    public float VerticalReserve => BaselineDrift + WordBaseline;
}
