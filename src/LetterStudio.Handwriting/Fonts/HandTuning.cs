namespace LetterStudio.Handwriting.Fonts;

/// <summary>
/// How irregular a hand is at the default realism (level 2), per font, from the manifest. Lengths
/// are in em (multiples of the font size). The forms of the letters come from the hand file, not from here.
/// </summary>
internal sealed record HandTuning
{
    public float LineSlopeDegrees { get; init; }
    public float BaselineDriftEm { get; init; }
    public float WordBaselineEm { get; init; }
    public float WordRotationDegrees { get; init; }
    public float WordSizeVariation { get; init; }
    public float WordSpacing { get; init; }
    public float MarginWanderEm { get; init; }
    public float InkVariation { get; init; }
}
