using LetterStudio.Inspection.Reading;
using LetterStudio.Inspection.Words;

namespace LetterStudio.Inspection.Tells;

/// <summary>Measures every tell on a document's words (HAND-CONTRACT.md, "The tells").</summary>
internal static class TellMeasurer
{
    public static Findings Measure(IReadOnlyList<InkWord> words, IReadOnlyList<InkGlyph> glyphs, TellThresholds thresholds) => new(
        words,
        Doubles(words),
        Repeats(words),
        LongWords(words, thresholds),
        Pairs(words, thresholds),
        glyphs.Where(g => !g.IsBlank && g.Font.Contains(thresholds.FallbackFontName, StringComparison.OrdinalIgnoreCase)).ToList());

    private static List<DoubledPair> Doubles(IReadOnlyList<InkWord> words)
    {
        var pairs = new List<DoubledPair>();
        foreach (var word in words)
            for (int i = 1; i < word.Glyphs.Count; i++)
            {
                var (a, b) = (word.Glyphs[i - 1], word.Glyphs[i]);
                if (a.Text != b.Text || !a.Text.Any(char.IsLetterOrDigit)) continue;
                // Same form at a size within 1%: a difference the eye cannot tell apart on paper.
                bool identical = a.FormKey == b.FormKey && Math.Abs(a.Size - b.Size) <= 0.01 * Math.Max(a.Size, b.Size);
                pairs.Add(new DoubledPair(word, a, b, identical));
            }
        return pairs;
    }

    private static List<WordRepeat> Repeats(IReadOnlyList<InkWord> words)
    {
        var firstByText = new Dictionary<string, InkWord>(StringComparer.Ordinal);
        var firstByForms = new Dictionary<string, InkWord>(StringComparer.Ordinal);
        var repeats = new List<WordRepeat>();
        foreach (var word in words)
        {
            if (word.Letters.Count() < 2) continue;
            var forms = word.CoreText + "\u0000" + string.Join("\u0001", word.Core.Select(g => g.FormKey));
            if (firstByText.TryGetValue(word.CoreText, out var earlier))
            {
                bool identical = firstByForms.TryGetValue(forms, out var same);
                repeats.Add(new WordRepeat(word, identical ? same! : earlier, identical));
            }
            else firstByText[word.CoreText] = word;
            firstByForms.TryAdd(forms, word);
        }
        return repeats;
    }

    private static List<LongWord> LongWords(IReadOnlyList<InkWord> words, TellThresholds thresholds)
    {
        var result = new List<LongWord>();
        foreach (var word in words)
        {
            var letters = word.Letters.ToList();
            if (letters.Count < thresholds.RigidWordMinLetters) continue;
            double deviation = LineFit.MaxDistance(letters.Select(g => (g.OriginX, g.OriginY)).ToList()) / word.Em;
            result.Add(new LongWord(word, deviation, deviation <= thresholds.RigidToleranceEm));
        }
        return result;
    }

    private static List<WordPair> Pairs(IReadOnlyList<InkWord> words, TellThresholds thresholds)
    {
        var pairs = new List<WordPair>();
        foreach (var (left, right) in WordGrouper.Neighbours(words))
        {
            if (left.Ink is not { } a || right.Ink is not { } b) continue;
            // A mark standing apart from its word (an opening quote a hand draws with a narrow advance, a dash) is
            // kerned to the word it belongs to, not spaced from it: only gaps between words with letters count.
            if (!left.Letters.Any() || !right.Letters.Any()) continue;
            double gap = (b.Left - a.Right) / ((left.Em + right.Em) / 2);
            // The step the eye sees is at the join: the last inked glyph of one word against the first of the next.
            double deltaE = CieLab.DeltaE(left.Inked[^1].Fill, right.Inked[0].Fill);
            pairs.Add(new WordPair(left, right, gap, deltaE, gap < thresholds.TouchingGapEm, deltaE > thresholds.InkStepDeltaE));
        }
        return pairs;
    }
}
