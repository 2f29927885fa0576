using LetterStudio.Handwriting.Fonts;

namespace LetterStudio.Handwriting.Composition;

/// <summary>
/// The irregularities of one hand at one realism level and size, in points and degrees: the
/// manifest's tuning for the font (written for level 2) scaled by the level, and the movement of the
/// pen inside a word (baseline undulation, spacing), which is the engine's own.
/// </summary>
internal sealed record HandProfile
{
    // Level 0 is clean type; 1 a careful hand; 2 the manifest's tuning; 3 a hurried hand.
    private static readonly float[] Amplitudes = [0f, 0.5f, 1f, 1.6f];

    // The baseline under a word rises and falls about this much (em), with a wavelength of about three (2.8)
    // of the hand's letters: a smaller or slower wave leaves most short words with every letter within
    // 0.03 em of a straight line (the "rigid word" tell; measured over the five first hands: 0.03 em at a
    // word's length left 45-60% rigid, 0.055 em at 2.8 letters 9-14%). Plus a little per letter.
    private const float UndulationEm = 0.06f, LetterJitterEm = 0.018f, LetterSpacingEm = 0.012f, WaveLetters = 2.8f;

    // A slant of the writer's own, the same for the whole letter, up to this many degrees either way.
    private const float SlantDegreesMax = 2.5f;

    public required int Realism { get; init; }
    public required float Size { get; init; }
    public required bool Connected { get; init; }
    public required float LineSlopeDegrees { get; init; }
    public required float BaselineDrift { get; init; }
    public required float WordBaseline { get; init; }
    public required float WordRotationDegrees { get; init; }
    public required float WordSizeVariation { get; init; }
    public required float WordSpacingVariation { get; init; }
    public required float MarginWander { get; init; }
    public required float InkVariation { get; init; }

    /// <summary>Amplitude of the baseline's undulation through a word, in em.</summary>
    public required float UndulationEmAmplitude { get; init; }

    /// <summary>Random rise or fall of each letter, in em (0 in a joined hand: its letters must meet).</summary>
    public required float LetterJitter { get; init; }

    /// <summary>Random change of each letter's spacing, in em (0 in a joined hand).</summary>
    public required float LetterSpacing { get; init; }

    public required float SlantDegreesLimit { get; init; }

    /// <summary>Wavelength of the baseline's undulation in em: a short word of this hand (a joined hand bends more slowly).</summary>
    public required float WavelengthEm { get; init; }

    public static HandProfile For(HandwritingFont font, int realism, float size, bool ruled)
    {
        if (realism is < 0 or > 3)
            throw new ArgumentOutOfRangeException(nameof(realism), realism, "Realism is a level from 0 to 3.");
        var tuning = font.Tuning;
        float a = Amplitudes[realism];
        bool connected = font.IsConnected;
        return new HandProfile
        {
            Realism = realism,
            Size = size,
            Connected = connected,
            // On ruled paper the writer follows the rules: no slope and no drift, only the small
            // unevenness of each word.
            LineSlopeDegrees = ruled ? 0 : tuning.LineSlopeDegrees * a,
            BaselineDrift = ruled ? 0 : tuning.BaselineDriftEm * size * a,
            WordBaseline = tuning.WordBaselineEm * size * a * 0.4f,
            WordRotationDegrees = tuning.WordRotationDegrees * a * 0.5f,
            WordSizeVariation = tuning.WordSizeVariation * a,
            WordSpacingVariation = tuning.WordSpacing * a,
            MarginWander = tuning.MarginWanderEm * size * a,
            InkVariation = tuning.InkVariation * a,
            // A joined hand keeps its joins: the baseline bends more slowly and letters keep their places.
            UndulationEmAmplitude = UndulationEm * MathF.Min(a, 1.3f) * (ruled ? 0.6f : 1f),
            LetterJitter = connected ? 0 : LetterJitterEm * MathF.Min(a, 1.3f),
            LetterSpacing = connected ? 0 : LetterSpacingEm * a,
            SlantDegreesLimit = SlantDegreesMax * MathF.Min(a, 1.2f),
            WavelengthEm = font.LetterAdvanceEm * WaveLetters * (connected ? 1.15f : 1),
        };
    }

    /// <summary>The largest a glyph can be drawn, as a multiple of the line's size.</summary>
    public float MaxGrowth => 1 + WordSizeVariation;

    public float MaxAngleRadians => (LineSlopeDegrees * 1.35f + WordRotationDegrees) * MathF.PI / 180f;

    public float SlantTanLimit => MathF.Tan(SlantDegreesLimit * MathF.PI / 180f);

    /// <summary>How far a line may stray above or below its nominal baseline.</summary>
    public float VerticalReserve => BaselineDrift + WordBaseline + (UndulationEmAmplitude * 1.5f + LetterJitter) * Size;
}
