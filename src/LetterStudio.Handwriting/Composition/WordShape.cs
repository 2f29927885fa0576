namespace LetterStudio.Handwriting.Composition;

/// <summary>
/// A word at its size with its letters placed inside it, in points from its origin: each glyph's shaped
/// position plus the hand's small spacing and rise changes, and the extent of its ink with the writer's
/// slant applied (what the word gap floor is measured on).
/// </summary>
internal sealed class WordShape
{
    private readonly float _slant;

    public WordShape(ShapedWord word, float size, HandProfile hand, float slant, ref HandRandom random)
    {
        Word = word;
        Size = size;
        _slant = slant;
        var glyphs = word.Glyphs;
        X = new float[glyphs.Length];
        Y = new float[glyphs.Length];
        float x = 0;
        for (int i = 0; i < glyphs.Length; i++)
        {
            if (i > 0) x += random.NextSigned() * hand.LetterSpacing * size;
            X[i] = x + glyphs[i].OffsetXEm * size;
            // A letter of a word never starts past the end of the one before it, whatever spacing and shaping (a
            // positive kern) did. Why: pdftotext cuts a word where a glyph's baseline is more than 0.5 pt off the
            // word's, which the baseline wave and letter jitter do often, and then writes a space between the
            // pieces unless they touch: Bad Script's kerning of o-v, g-a and k-a (+0.024 to +0.040 em) gave
            // "lo ve", "Marg aret", "Ok afor". With no gap the pieces join again.
            if (i > 0)
                X[i] = MathF.Min(X[i], X[i - 1] + glyphs[i - 1].Font.Face.AdvanceEm[glyphs[i - 1].Glyph] * size);
            Y[i] = glyphs[i].OffsetYEm * size + random.NextSigned() * hand.LetterJitter * size;
            x += glyphs[i].AdvanceEm * size;
        }
        Advance = x;
        MeasureInk();
    }

    public ShapedWord Word { get; }
    public float Size { get; }

    /// <summary>Glyph origins along the word's baseline.</summary>
    public float[] X { get; }

    /// <summary>Glyph origins below the word's baseline (before the line's undulation).</summary>
    public float[] Y { get; }

    /// <summary>Where the next word would start with no gap.</summary>
    public float Advance { get; private set; }

    /// <summary>Leftmost ink, slant included (negative when it reaches left of the origin).</summary>
    public float InkLeft { get; private set; }

    /// <summary>Rightmost ink, slant included.</summary>
    public float InkRight { get; private set; }

    /// <summary>Moves every letter <paramref name="perLetter"/> points closer to the one before it.</summary>
    public void Track(float perLetter)
    {
        for (int i = 1; i < X.Length; i++) X[i] -= i * perLetter;
        Advance -= (X.Length - 1) * perLetter;
        MeasureInk();
    }

    private void MeasureInk()
    {
        float left = float.MaxValue, right = float.MinValue;
        for (int i = 0; i < X.Length; i++)
        {
            var ink = Word.Glyphs[i].InkEm;
            if (ink.IsEmpty) continue;
            float top = ink.Top * Size + Y[i], bottom = ink.Bottom * Size + Y[i];
            // The slant moves a point at height -y by -y * slant: the top right, the bottom left.
            float leanTop = -top * _slant, leanBottom = -bottom * _slant;
            left = MathF.Min(left, X[i] + ink.Left * Size + MathF.Min(leanTop, leanBottom));
            right = MathF.Max(right, X[i] + ink.Right * Size + MathF.Max(leanTop, leanBottom));
        }
        if (left == float.MaxValue) (left, right) = (0, Advance);
        InkLeft = left;
        InkRight = right;
    }
}

/// <summary>The line's baseline rising and falling smoothly, in em along the line: two slow waves, the first about a word long.</summary>
internal readonly struct BaselineWave
{
    private readonly float _amplitude, _wavelength1, _wavelength2, _phase1, _phase2;

    public BaselineWave(HandProfile hand, ref HandRandom random)
    {
        _amplitude = hand.UndulationEmAmplitude;
        // A joined hand bends more slowly, so neighbouring letters still meet where their joins expect.
        _wavelength1 = hand.WavelengthEm * (0.85f + 0.3f * random.NextUnit());
        _wavelength2 = 7.3f * (0.85f + 0.3f * random.NextUnit());
        _phase1 = random.NextUnit() * MathF.Tau;
        _phase2 = random.NextUnit() * MathF.Tau;
    }

    /// <summary>Offset below the line's baseline in em, <paramref name="em"/> along the line.</summary>
    public float At(float em) => _amplitude == 0 ? 0
        : _amplitude * (MathF.Sin(MathF.Tau * em / _wavelength1 + _phase1) + 0.5f * MathF.Sin(MathF.Tau * em / _wavelength2 + _phase2));
}
