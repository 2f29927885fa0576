using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using PdfLetter = UglyToad.PdfPig.Content.Letter;

namespace LetterStudio.Handwriting.Tests.Tells;

/// <summary>A word as the PDF holds it: its letters (glyphs with ink), in drawing order.</summary>
internal sealed record PdfWord(int Page, IReadOnlyList<PdfLetter> Letters)
{
    public string Text => string.Concat(Letters.Select(l => l.Value));
    public double Em => Letters.Max(l => l.PointSize);
    public double Left => Letters.Min(l => l.BoundingBox.Left);
    public double Right => Letters.Max(l => l.BoundingBox.Right);
}

/// <summary>
/// The robot tells that can be read from the PDF alone (HAND-CONTRACT.md, tells 3-7), measured with PdfPig:
/// glyph origins, outline boxes, fill colours and fonts. Tells 1 and 2 need glyph ids, which PdfPig does not
/// expose; <see cref="LayoutTells"/> reads them from the engine's layout.
/// </summary>
internal sealed class PdfTells
{
    public const string Flagged = "—–“”‘’…«»•€£";

    public int LongWords { get; private set; }
    public int RigidWords { get; private set; }
    public List<string> Rigid { get; } = [];
    public List<(string Left, string Right, double GapEm)> Gaps { get; } = [];
    public int InkSteps { get; private set; }
    public double LargestNeighbourDeltaE { get; private set; }
    public string LargestStep { get; private set; } = "";
    public List<string> FlaggedFallbacks { get; } = [];
    public List<double> Fullness { get; } = [];
    public List<PdfWord> Words { get; } = [];

    public double RigidShare => LongWords == 0 ? 0 : (double)RigidWords / LongWords;
    public int Touching => Gaps.Count(g => g.GapEm < 0.08);
    public double MinGapEm => Gaps.Count == 0 ? double.NaN : Gaps.Min(g => g.GapEm);
    public double MedianGapEm => Gaps.Count == 0 ? double.NaN : Gaps.Select(g => g.GapEm).Order().ElementAt(Gaps.Count / 2);
    public int ShortPages => Fullness.SkipLast(1).Count(f => f < 0.8);

    public static PdfTells Of(byte[] pdf)
    {
        var tells = new PdfTells();
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            var words = WordsOf(page);
            tells.Words.AddRange(words);
            tells.Measure(words);
            var inked = page.Letters.Where(l => l.Value.Trim().Length > 0).ToList();
            foreach (var letter in inked.Where(l => (l.FontName ?? "").Contains("DejaVu", StringComparison.Ordinal)))
                if (letter.Value.Any(c => Flagged.Contains(c) || c is >= '\u00C0' and <= '\u017F')) tells.FlaggedFallbacks.Add(letter.Value);
            if (inked.Count == 0) continue;
            // PDF y grows upwards: the highest ink is the largest y.
            double top = page.Height - inked.Max(l => l.BoundingBox.Top), bottom = page.Height - inked.Min(l => l.BoundingBox.Bottom);
            tells.Fullness.Add((bottom - top) / (page.Height - 2 * top));
        }
        return tells;
    }

    /// <summary>Words end at a space glyph, a change of size (every word has its own) or a jump back to the left (a new line).</summary>
    private static List<PdfWord> WordsOf(Page page)
    {
        var words = new List<PdfWord>();
        var current = new List<PdfLetter>();
        foreach (var letter in page.Letters)
        {
            bool space = letter.Value.Trim().Length == 0;
            if (current.Count > 0 && (space || Math.Abs(letter.PointSize - current[^1].PointSize) > 1e-3
                || letter.StartBaseLine.X < current[^1].StartBaseLine.X - 0.5))
            {
                words.Add(new PdfWord(page.Number, current));
                current = [];
            }
            if (!space) current.Add(letter);
        }
        if (current.Count > 0) words.Add(new PdfWord(page.Number, current));
        return words;
    }

    private void Measure(List<PdfWord> words)
    {
        foreach (var word in words.Where(w => w.Letters.Count >= 4 && w.Letters.All(l => char.IsLetter(l.Value[0]))))
        {
            LongWords++;
            if (Residual(word) < 0.03 * word.Em)
            {
                RigidWords++;
                Rigid.Add(word.Text);
            }
        }
        foreach (var (a, b) in words.Zip(words.Skip(1)))
        {
            // Neighbours on one line: the next word starts to the right and on about the same baseline.
            if (b.Left < a.Left || Math.Abs(b.Letters[0].StartBaseLine.Y - a.Letters[0].StartBaseLine.Y) > 0.5 * a.Em) continue;
            Gaps.Add((a.Text, b.Text, (b.Left - a.Right) / Math.Max(a.Em, b.Em)));
            double deltaE = DeltaE(a.Letters[0].Color!.ToRGBValues(), b.Letters[0].Color!.ToRGBValues());
            if (deltaE > LargestNeighbourDeltaE) (LargestNeighbourDeltaE, LargestStep) = (deltaE, $"{a.Text} | {b.Text}");
            if (deltaE > 3.0) InkSteps++;
        }
    }

    /// <summary>The largest distance of a glyph origin from the least-squares line through all of them.</summary>
    private static double Residual(PdfWord word)
    {
        var points = word.Letters.Select(l => (X: l.StartBaseLine.X, Y: l.StartBaseLine.Y)).ToList();
        double mx = points.Average(p => p.X), my = points.Average(p => p.Y);
        double sxx = points.Sum(p => (p.X - mx) * (p.X - mx)), sxy = points.Sum(p => (p.X - mx) * (p.Y - my));
        double slope = sxx == 0 ? 0 : sxy / sxx;
        double norm = Math.Sqrt(1 + slope * slope);
        return points.Max(p => Math.Abs(p.Y - my - slope * (p.X - mx)) / norm);
    }

    private static double DeltaE((double R, double G, double B) first, (double R, double G, double B) second)
    {
        var (l1, a1, b1) = Lab(first);
        var (l2, a2, b2) = Lab(second);
        return Math.Sqrt((l1 - l2) * (l1 - l2) + (a1 - a2) * (a1 - a2) + (b1 - b2) * (b1 - b2));
    }

    private static (double L, double A, double B) Lab((double R, double G, double B) rgb)
    {
        static double Linear(double c) => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        static double F(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : (24389.0 / 27 * t + 16) / 116;
        double r = Linear(rgb.R), g = Linear(rgb.G), b = Linear(rgb.B);
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, y = 0.2126 * r + 0.7152 * g + 0.0722 * b, z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        return (116 * F(y) - 16, 500 * (F(x) - F(y)), 200 * (F(y) - F(z)));
    }
}
