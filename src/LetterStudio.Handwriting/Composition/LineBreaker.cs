namespace LetterStudio.Handwriting.Composition;

/// <summary>
/// Greedy word wrap against what the hand will do: words a little larger than set, gaps at least the
/// floor on ink, the first and last glyphs' overhangs, the tilt and slant of the words. A hand that
/// varies (realism above 0) may fill a line up to <see cref="Squeeze"/> past the measure: the placer
/// then writes its last words a little tighter, as a writer does near the edge, instead of wrapping
/// raggedly. A word wider than a whole line is broken between clusters (no hyphen is added, so the
/// text reads back unchanged).
/// </summary>
internal static class LineBreaker
{
    private const float Squeeze = 0.025f;

    public static List<List<ShapedWord>> Break(IReadOnlyList<ShapedWord> words, HandwritingFont font, float size,
        HandProfile hand, float width, float firstLineIndent)
    {
        var lines = new List<List<ShapedWord>>();
        var current = new List<ShapedWord>();
        float grow = 1 + hand.WordSizeVariation / 2;
        float spaceEm = SpaceEm(font);
        float space = spaceEm * size * (1 + hand.WordSpacingVariation / 2);
        float floor = (MathF.Max(0.5f * spaceEm, 0.12f) + 0.03f) * size * hand.MaxGrowth;
        // A word tilted by the largest angle reaches sideways by its height times the sine; the slant by its ascent.
        float tilt = (font.AscentEm + font.DescentEm) * size * hand.MaxGrowth * MathF.Sin(hand.MaxAngleRadians)
            + font.AscentEm * size * hand.MaxGrowth * hand.SlantTanLimit;
        float budget = width - hand.MarginWander - 2 * tilt;
        float stretch = hand.Realism > 0 ? 1 + Squeeze : 1;
        float used = 0;
        ShapedWord? previous = null;

        int next = 0;
        ShapedWord? pending = null;
        while (pending is not null || next < words.Count)
        {
            var word = pending ?? words[next++];
            pending = null;
            float lineBudget = budget - (lines.Count == 0 ? firstLineIndent : 0);
            float gap = previous is null ? 0 : MathF.Max(space, floor + (previous.RightOverhangEm + word.LeftOverhangEm) * size * grow);
            float lead = current.Count == 0 ? word.LeftOverhangEm * size * grow : used + gap;
            float needed = lead + WordWidth(word, size, grow);
            if (needed <= lineBudget * (current.Count == 0 ? 1 : stretch))
            {
                current.Add(word);
                used = needed - word.RightOverhangEm * size * grow;
                previous = word;
                continue;
            }
            if (current.Count > 0)
            {
                lines.Add(current);
                current = [];
                used = 0;
                previous = null;
                pending = word;
                continue;
            }
            // Alone on its line and still too wide: break it at the last cluster that fits.
            int fit = GlyphsThatFit(word, size, hand.MaxGrowth, lineBudget);
            if (fit == 0)
                throw new ArgumentException(
                    $"The character '{char.ConvertFromUtf32(word.Glyphs[0].CodePoint)}' at {size:0.#} pt is wider than the space between the margins.");
            var (head, tail) = word.SplitAt(fit);
            lines.Add([head]);
            pending = tail;
        }
        if (current.Count > 0) lines.Add(current);
        return lines;
    }

    public static float SpaceEm(HandwritingFont font)
    {
        var glyph = font.GlyphFor(' ');
        return glyph != 0 ? font.Face.AdvanceEm[glyph] : 0.3f;
    }

    private static float WordWidth(ShapedWord word, float size, float grow) =>
        (word.AdvanceEm + word.RightOverhangEm) * size * grow;

    private static int GlyphsThatFit(ShapedWord word, float size, float grow, float budget)
    {
        for (int count = word.Glyphs.Length - 1; count > 0; count--)
        {
            if (!word.CanSplitBefore(count)) continue;
            var (head, _) = word.SplitAt(count);
            if (head.LeftOverhangEm * size * grow + WordWidth(head, size, grow) <= budget) return count;
        }
        return 0;
    }
}
