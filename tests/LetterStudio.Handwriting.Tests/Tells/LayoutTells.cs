namespace LetterStudio.Handwriting.Tests.Tells;

/// <summary>
/// Tells 1 and 2 (HAND-CONTRACT.md), which need the glyph ids drawn: read from the engine's layout of the
/// same letter, since PdfPig does not give glyph ids.
/// </summary>
internal sealed class LayoutTells
{
    public List<string> DoubledIdentical { get; } = [];
    public List<string> RepeatedIdentical { get; } = [];
    public int DoubledPairs { get; private set; }
    public int RepeatedWords { get; private set; }

    public static LayoutTells Of(LetterLayout layout)
    {
        var tells = new LayoutTells();
        var seen = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var run in layout.Lines.SelectMany(l => l.Runs))
        {
            for (int i = 1; i < run.Glyphs.Count; i++)
            {
                var (a, b) = (run.Glyphs[i - 1], run.Glyphs[i]);
                if (a.CodePoint != b.CodePoint || !char.IsLetterOrDigit((char)a.CodePoint)) continue;
                tells.DoubledPairs++;
                if (a.GlyphId == b.GlyphId && a.FontId == b.FontId && a.Size == b.Size) tells.DoubledIdentical.Add(run.Text);
            }
            if (run.Text.Count(char.IsLetter) < 2) continue;
            var sequence = string.Join(',', run.Glyphs.Select(g => $"{g.FontId}:{g.GlyphId}"));
            if (!seen.TryGetValue(run.Text, out var sequences)) seen[run.Text] = sequences = [];
            else tells.RepeatedWords++;
            if (!sequences.Add(sequence)) tells.RepeatedIdentical.Add(run.Text);
        }
        return tells;
    }
}
