namespace LetterStudio.Handwriting.Composition;

/// <summary>
/// Keeps a word of four or more letters off one straight line. The baseline wave is about a word long, so a
/// short word can fall on a nearly straight stretch of it, and a letter of few words then shows mostly rigid
/// words (the "rigid word" tell: every glyph origin within 0.03 em of the least-squares line). Such a word gets
/// one letter risen or dropped a little, its neighbours following halfway, as a hand does; the first two glyphs
/// move together, so their step stays what pdftotext accepts inside one word.
/// </summary>
internal static class WordBend
{
    // Above the tell's 0.03 em, with room for the 1/16 pt rounding of positions in the PDF.
    public const float MinBendEm = 0.04f;

    /// <summary>Bends <paramref name="ys"/> (glyph origins below the word's baseline, at <paramref name="xs"/>) when they lie too straight.</summary>
    public static void Apply(float[] xs, float[] ys, float size, ref HandRandom random)
    {
        int n = ys.Length;
        float target = MinBendEm * size;
        float residual = Residual(xs, ys);
        if (n < 4 || residual >= target) return;
        int centre = 2 + random.NextInt(n - 3);
        float sign = random.NextUnit() < 0.5f ? -1 : 1;
        var weights = new float[n];
        for (int i = 0; i < n; i++)
            weights[i] = Math.Abs(i - centre) switch { 0 => 1f, 1 => 0.5f, 2 => 0.15f, _ => 0f };
        weights[0] = weights[1];
        // Centred on the word, so the word as a whole stays where the line put it and only its shape bends.
        float mean = weights.Average();
        for (int i = 0; i < n; i++) weights[i] -= mean;
        var bent = new float[n];
        for (float amount = (target - residual) * 2; amount < size; amount *= 1.4f)
        {
            for (int i = 0; i < n; i++) bent[i] = ys[i] + sign * amount * weights[i];
            if (Residual(xs, bent) < target) continue;
            bent.CopyTo(ys, 0);
            return;
        }
    }

    /// <summary>The largest distance of a point from the least-squares line through them all, as the tell measures it.</summary>
    internal static float Residual(float[] xs, float[] ys)
    {
        int n = xs.Length;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++)
        {
            mx += xs[i];
            my += ys[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++)
        {
            sxx += (xs[i] - mx) * (xs[i] - mx);
            sxy += (xs[i] - mx) * (ys[i] - my);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx, worst = 0;
        for (int i = 0; i < n; i++) worst = Math.Max(worst, Math.Abs(ys[i] - my - slope * (xs[i] - mx)));
        return (float)(worst / Math.Sqrt(1 + slope * slope));
    }
}
