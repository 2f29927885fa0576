using LetterStudio.Inspection.Reading;

namespace LetterStudio.Inspection.Words;

/// <summary>A word as drawn: the glyphs between two gaps on one line, punctuation included.</summary>
internal sealed class InkWord(IReadOnlyList<InkGlyph> glyphs, int line)
{
    public IReadOnlyList<InkGlyph> Glyphs { get; } = glyphs;

    /// <summary>The line of its page the word sits on, counted from 0 in drawing order.</summary>
    public int Line { get; } = line;

    public int Page => Glyphs[0].Page;

    public string Text { get; } = string.Concat(glyphs.Select(g => g.Text));

    /// <summary>The word's em: its font size (the largest, if a word mixes sizes).</summary>
    public double Em { get; } = glyphs.Max(g => g.Size);

    /// <summary>The word without the punctuation before and after it: "morning," is "morning".</summary>
    public IReadOnlyList<InkGlyph> Core { get; } = Trim(glyphs);

    public string CoreText => string.Concat(Core.Select(g => g.Text));

    /// <summary>The glyphs that are letters or digits.</summary>
    public IEnumerable<InkGlyph> Letters => Core.Where(g => g.Text.Any(char.IsLetterOrDigit));

    public IReadOnlyList<InkGlyph> Inked { get; } = glyphs.Where(g => g.HasInk).ToList();

    public InkBox? Ink => Inked.Count == 0 ? null : InkBox.Union(Inked.Select(g => g.Ink));

    private static List<InkGlyph> Trim(IReadOnlyList<InkGlyph> glyphs)
    {
        int start = 0, end = glyphs.Count;
        while (start < end && !glyphs[start].Text.Any(char.IsLetterOrDigit)) start++;
        while (end > start && !glyphs[end - 1].Text.Any(char.IsLetterOrDigit)) end--;
        return glyphs.Skip(start).Take(end - start).ToList();
    }
}
