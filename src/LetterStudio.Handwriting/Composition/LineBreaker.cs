namespace LetterStudio.Handwriting.Composition;

/// <summary>
/// Greedy word wrap against the worst case the hand can produce: every word at its largest size,
/// every space at its widest, the first and last glyphs' overhangs, and the tilt of the words.
/// A line that fits here stays inside the margins whatever the seed. A word wider than a whole
/// line is broken between characters (no hyphen is added, so the text reads back unchanged).
/// </summary>
internal static class LineBreaker
{
    public static List<List<ShapedWord>> Break(IReadOnlyList<ShapedWord> words, HandwritingFont font, float size,
        HandProfile hand, float width, float firstLineIndent)
    {
        var lines = new List<List<ShapedWord>>();
        var current = new List<ShapedWord>();
        float grow = hand.MaxGrowth;
        float space = SpaceEm(font) * size * (1 + hand.WordSpacingVariation);
        // A word tilted by the largest angle reaches sideways by its height times the sine.
        float tilt = (font.AscentEm + font.DescentEm) * size * grow * MathF.Sin(hand.MaxAngleRadians);
        float budget = width - hand.MarginWander - 2 * tilt;
        float used = 0;

        int next = 0;
        ShapedWord? pending = null;
        while (pending is not null || next < words.Count)
        {
            var word = pending ?? words[next++];
            pending = null;
            float lineBudget = budget - (lines.Count == 0 ? firstLineIndent : 0);
            float lead = current.Count == 0 ? word.LeftOverhangEm * size * grow : used + space;
            float needed = lead + WordWidth(word, size, grow, hand);
            if (needed <= lineBudget)
            {
                current.Add(word);
                used = needed - word.RightOverhangEm * size * grow;
                continue;
            }
            if (current.Count > 0)
            {
                lines.Add(current);
                current = [];
                used = 0;
                pending = word;
                continue;
            }
            // Alone on its line and still too wide: break it at the last glyph that fits.
            int fit = GlyphsThatFit(word, size, grow, hand, lineBudget);
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
        return glyph != 0 ? font.Faces[0].AdvanceEm[glyph] : 0.3f;
    }

    private static float WordWidth(ShapedWord word, float size, float grow, HandProfile hand) =>
        (word.AdvanceEm + word.RightOverhangEm) * size * grow;

    private static int GlyphsThatFit(ShapedWord word, float size, float grow, HandProfile hand, float budget)
    {
        for (int count = word.Glyphs.Length - 1; count > 0; count--)
        {
            var (head, _) = word.SplitAt(count);
            if (head.LeftOverhangEm * size * grow + WordWidth(head, size, grow, hand) <= budget) return count;
        }
        return 0;
    }
}
