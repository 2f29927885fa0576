namespace LetterStudio.Handwriting.Fonts;

/// <summary>
/// How irregular a hand is at the default realism (level 2), per font, from the manifest. Lengths
/// are in em (multiples of the font size). The "form" values steered the retired make_variants.py
/// and are accepted so older manifests still load; the forms now come from the hand file.
/// </summary>
internal sealed record HandTuning
{
    public int Forms { get; init; }
    public float FormScale { get; init; }
    public float FormSlantDegrees { get; init; }
    public float FormBaselineEm { get; init; }
    public float FormWobbleEm { get; init; }
    public float FormShiftEm { get; init; }
    public float LineSlopeDegrees { get; init; }
    public float BaselineDriftEm { get; init; }
    public float WordBaselineEm { get; init; }
    public float WordRotationDegrees { get; init; }
    public float WordSizeVariation { get; init; }
    public float WordSpacing { get; init; }
    public float MarginWanderEm { get; init; }
    public float InkVariation { get; init; }
}
