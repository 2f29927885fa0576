using SkiaSharp;

namespace LetterStudio.Handwriting.Composition;

/// <summary>
/// The ink as a smooth function of the distance written, instead of a tint per word: a slow drift for
/// every pen, a fade and re-dip for a fountain pen, a lighter drifting line for a felt tip. Each word
/// takes the colour at its middle. Neighbouring words on a line never differ by 1.5 CIE76 delta E or more
/// (a visible step starts near 3): the change from one word to the next is capped; a re-dip happens only
/// where a line starts. "Thinning" mixes the ink toward the paper: 0 is the ink itself.
/// </summary>
internal sealed class InkPen
{
    private const float MaxNeighbourDeltaE = 1.2f;

    private readonly Pen _pen;
    private readonly InkColor _ink;
    private readonly float _amplitude, _maxStep, _phase1, _phase2;
    private float _sinceDip, _dipAfter, _last = float.NaN;
    private SKColor _lastColour;
    private HandRandom _random;

    public InkPen(Pen pen, InkColor ink, float variation, long seed)
    {
        _pen = pen;
        _ink = ink;
        _random = new HandRandom(seed ^ 0x51ED_2701_3C0F_FEE5L);
        // The manifest's variation is written for flat per-word tints (about 0.18): the drift needs less.
        _amplitude = Math.Clamp(variation / 0.18f, 0, 2f);
        _phase1 = _random.NextUnit() * MathF.Tau;
        _phase2 = _random.NextUnit() * MathF.Tau;
        _dipAfter = NextDip();
        // Calibrate the cap on this ink: the thinning step that makes a delta E of the limit.
        // Where the ink is darkest a step shows most, so calibrate on the steepest part of the range used.
        float probe = 0.02f, steepest = 0;
        for (float t = 0; t <= 0.4f; t += 0.05f) steepest = MathF.Max(steepest, CieLab.DeltaE(Colour(t), Colour(t + probe)));
        _maxStep = steepest > 0 ? probe * MaxNeighbourDeltaE / steepest : 1;
    }

    /// <summary>The colour of a word whose middle lies <paramref name="distanceEm"/> along the text; <paramref name="lineStart"/> for a line's first word.</summary>
    public SKColor Next(float distanceEm, float wordEm, bool lineStart)
    {
        if (_amplitude == 0) return Colour(0);
        float thinning = Thinning(distanceEm, wordEm, lineStart);
        if (float.IsNaN(_last) || lineStart)
        {
            _last = thinning;
            return _lastColour = Colour(thinning);
        }
        thinning = Math.Clamp(thinning, _last - _maxStep, _last + _maxStep);
        var colour = Colour(thinning);
        // Rounding each channel to a byte can turn a small step into a change of hue: halve the step until
        // the colours as written differ by less than the limit.
        for (int i = 0; i < 8 && CieLab.DeltaE(colour, _lastColour) >= MaxNeighbourDeltaE; i++)
        {
            thinning = (thinning + _last) / 2;
            colour = Colour(thinning);
        }
        if (CieLab.DeltaE(colour, _lastColour) >= MaxNeighbourDeltaE) (thinning, colour) = (_last, _lastColour);
        _last = thinning;
        return _lastColour = colour;
    }

    private float Thinning(float s, float wordEm, bool lineStart)
    {
        float drift = 0.5f + 0.5f * MathF.Sin(MathF.Tau * s / 95f + _phase1);
        float ripple = MathF.Sin(MathF.Tau * s / 33f + _phase2);
        switch (_pen)
        {
            case Pen.FountainPen:
                if (lineStart && _sinceDip > _dipAfter)
                {
                    _sinceDip = 0;
                    _dipAfter = NextDip();
                }
                _sinceDip += wordEm;
                // Full of ink after a dip, thinning over the next few words towards a dry pen.
                float fade = 1 - MathF.Exp(-_sinceDip / 18f);
                return _amplitude * (0.01f + 0.2f * fade + 0.02f * drift);
            case Pen.FeltTip:
                return _amplitude * (0.07f + 0.06f * drift + 0.015f * ripple);
            default:
                return _amplitude * (0.02f + 0.035f * drift + 0.01f * ripple);
        }
    }

    private float NextDip() => 20f + 25f * _random.NextUnit();

    private SKColor Colour(float thinning)
    {
        float t = Math.Clamp(thinning, 0, 0.6f);
        return new SKColor(Mix(_ink.R, t), Mix(_ink.G, t), Mix(_ink.B, t));
    }

    private static byte Mix(byte channel, float t) => (byte)MathF.Round(channel + (255 - channel) * t);
}
