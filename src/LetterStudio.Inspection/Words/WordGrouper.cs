using LetterStudio.Inspection.Reading;

namespace LetterStudio.Inspection.Words;

/// <summary>
/// Groups a page's glyphs, in drawing order, into words and lines by position alone: a blank glyph, a gap along
/// the baseline wider than <see cref="WordBreakEm"/>, a step back or a jump across the baseline ends a word. Words
/// are not taken from the show-text operations (an engine may split a word over several) nor from PdfPig's default
/// extractor (it splits slightly rotated words into letters).
/// </summary>
internal static class WordGrouper
{
    /// <summary>The gap between one glyph's advance and the next glyph's origin that separates words: poppler's own
    /// word break (minWordBreakSpace), so the words here are the words `pdftotext` sees. Measured on the advances,
    /// not on ink, so words whose ink touches are still two words.</summary>
    public const double WordBreakEm = 0.1;

    /// <summary>A glyph this far across the baseline, or this far back along it, starts another word.</summary>
    private const double OffLineEm = 0.5;

    /// <summary>A word whose baseline is within this of the previous word's, and starts after it, is on the same line.
    /// Lines of handwriting are at least about 1.2 em apart.</summary>
    private const double SameLineEm = 0.6;

    public static IReadOnlyList<InkWord> Group(IReadOnlyList<InkGlyph> glyphs)
    {
        var runs = new List<List<InkGlyph>>();
        List<InkGlyph>? current = null;
        InkGlyph? previous = null;
        foreach (var glyph in glyphs)
        {
            if (glyph.IsBlank)
            {
                current = null;
                previous = null;
                continue;
            }
            if (current is null || previous is null || Breaks(previous, glyph))
            {
                current = [];
                runs.Add(current);
            }
            current.Add(glyph);
            previous = glyph;
        }

        var words = new List<InkWord>(runs.Count);
        int line = 0;
        foreach (var run in runs)
        {
            if (words.Count > 0 && words[^1].Page != run[0].Page) line = 0;
            else if (words.Count > 0 && !SameLine(words[^1].Glyphs[^1], run[0])) line++;
            words.Add(new InkWord(run, line));
        }
        return words;
    }

    /// <summary>Neighbouring words: one after the other on the same line.</summary>
    public static IEnumerable<(InkWord Left, InkWord Right)> Neighbours(IReadOnlyList<InkWord> words)
    {
        for (int i = 1; i < words.Count; i++)
            if (words[i].Line == words[i - 1].Line && words[i].Page == words[i - 1].Page)
                yield return (words[i - 1], words[i]);
    }

    private static bool Breaks(InkGlyph previous, InkGlyph next)
    {
        if (previous.Page != next.Page) return true;
        var (along, across) = Offset(previous, next);
        double em = Math.Max(previous.Size, next.Size);
        return along > WordBreakEm * em || along < -OffLineEm * em || Math.Abs(across) > OffLineEm * em;
    }

    private static bool SameLine(InkGlyph previous, InkGlyph next)
    {
        if (previous.Page != next.Page) return false;
        var (along, across) = Offset(previous, next);
        double em = Math.Max(previous.Size, next.Size);
        return along > -OffLineEm * em && Math.Abs(across) < SameLineEm * em;
    }

    /// <summary>Where the next glyph's origin lies from the end of the previous glyph's advance, along and across
    /// the previous glyph's baseline.</summary>
    private static (double Along, double Across) Offset(InkGlyph previous, InkGlyph next)
    {
        double dx = previous.EndX - previous.OriginX, dy = previous.EndY - previous.OriginY;
        double length = Math.Sqrt(dx * dx + dy * dy);
        (dx, dy) = length > 1e-9 ? (dx / length, dy / length) : (1, 0);
        double vx = next.OriginX - previous.EndX, vy = next.OriginY - previous.EndY;
        return (vx * dx + vy * dy, vy * dx - vx * dy);
    }
}
