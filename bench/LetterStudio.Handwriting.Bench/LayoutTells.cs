using System.Globalization;

namespace LetterStudio.Handwriting.Bench;

/// <summary>
/// The tells that the layout shows (glyph ids, glyph origins), over the benchmark's letters at the default
/// realism, printed beside the speed: doubled letters and repeated words drawn identically, and rigid words
/// (a word of 4+ letters whose glyph origins all lie within 0.03 em of one straight line). `letterstudio
/// inspect` measures all the tells from a PDF.
/// </summary>
internal static class LayoutTells
{
    public static string Over(HandwritingRenderer renderer, int letters)
    {
        int doubled = 0, doubledSame = 0, repeated = 0, repeatedSame = 0, longWords = 0, rigid = 0;
        for (int seed = 1; seed <= letters; seed++)
        {
            var layout = renderer.Measure(BenchLetter.Letter, BenchLetter.Options(RenderOptions.DefaultRealism, 1000 + seed));
            var written = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var run in layout.Lines.SelectMany(l => l.Runs))
            {
                var glyphs = run.Glyphs;
                for (int i = 1; i < glyphs.Count; i++)
                {
                    if (glyphs[i].CodePoint != glyphs[i - 1].CodePoint || !char.IsLetterOrDigit((char)glyphs[i].CodePoint)) continue;
                    doubled++;
                    if (glyphs[i].GlyphId == glyphs[i - 1].GlyphId) doubledSame++;
                }
                if (run.Text.Count(char.IsLetter) >= 2)
                {
                    if (!written.TryGetValue(run.Text, out var sequences)) written[run.Text] = sequences = [];
                    else repeated++;
                    if (!sequences.Add(string.Join(',', glyphs.Select(g => g.GlyphId)))) repeatedSame++;
                }
                if (glyphs.Count >= 4 && run.Text.All(char.IsLetter))
                {
                    longWords++;
                    if (Residual(glyphs) < 0.03 * glyphs[0].Size) rigid++;
                }
            }
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"tells over {letters} letters at realism {RenderOptions.DefaultRealism}: doubled letters drawn alike {doubledSame} of {doubled}, " +
            $"words written again alike {repeatedSame} of {repeated}, rigid words {rigid} of {longWords} ({(double)rigid / Math.Max(1, longWords):P1}; target < 20%)");
    }

    private static double Residual(IReadOnlyList<GlyphPlacement> glyphs)
    {
        double mx = glyphs.Average(g => g.X), my = glyphs.Average(g => g.Y);
        double sxx = glyphs.Sum(g => (g.X - mx) * (g.X - mx)), sxy = glyphs.Sum(g => (g.X - mx) * (g.Y - my));
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return glyphs.Max(g => Math.Abs(g.Y - my - slope * (g.X - mx))) / Math.Sqrt(1 + slope * slope);
    }
}
