using LetterStudio.Inspection.Reading;
using LetterStudio.Inspection.Tells;
using LetterStudio.Inspection.Words;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace LetterStudio.Inspection;

/// <summary>
/// Computes the "robot tells" report of a letter PDF from the PDF alone: the glyphs, their ids, positions, outline
/// boxes, fonts and fill colours, whoever wrote it.
/// </summary>
public static class PdfInspector
{
    /// <summary>Inspects a PDF held in memory.</summary>
    /// <exception cref="PdfInspectionException">The bytes are not a PDF that can be read.</exception>
    public static InspectionReport Inspect(byte[] pdf, TellThresholds? thresholds = null)
    {
        thresholds ??= new TellThresholds();
        var glyphs = new List<InkGlyph>();
        var sheets = new List<(int Page, PdfRectangle Box)>();
        try
        {
            using var document = PdfDocument.Open(pdf);
            foreach (var page in document.GetPages())
            {
                glyphs.AddRange(GlyphReader.Read(page).Where(IsWriting));
                sheets.Add((page.Number, page.MediaBox.Bounds));
            }
        }
        catch (Exception ex) when (ex is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or InvalidCastException)
        {
            throw new PdfInspectionException($"not a readable PDF: {ex.Message}", ex);
        }
        if (sheets.Count == 0) throw new PdfInspectionException("the PDF has no pages.");

        glyphs = WithoutSmallPrint(glyphs);
        var pages = sheets.Select(s => (s.Page, s.Box.Top, Fullness(glyphs.Where(g => g.Page == s.Page).ToList(), s.Box))).ToList();
        var words = WordGrouper.Group(glyphs);
        var findings = TellMeasurer.Measure(words, glyphs, thresholds);
        return ReportBuilder.Build(findings, pages, thresholds);
    }

    /// <summary>Inspects a PDF read from a stream.</summary>
    /// <exception cref="PdfInspectionException">The bytes are not a PDF that can be read.</exception>
    public static InspectionReport Inspect(Stream pdf, TellThresholds? thresholds = null)
    {
        using var copy = new MemoryStream();
        pdf.CopyTo(copy);
        return Inspect(copy.ToArray(), thresholds);
    }

    /// <summary>Text under 70% of the writing's usual size is small print beside the letter (a test letter's 8 pt watermark
    /// line in the top margin), not the hand: a hand writes every word of the body at one size, 12 pt at the smallest.</summary>
    private static List<InkGlyph> WithoutSmallPrint(List<InkGlyph> glyphs)
    {
        var sizes = glyphs.Where(g => !g.IsBlank).Select(g => g.Size).Order().ToList();
        if (sizes.Count == 0) return glyphs;
        double median = sizes[sizes.Count / 2];
        return glyphs.Where(g => g.Size >= median * 0.7).ToList();
    }

    /// <summary>Lines of writing run roughly level; text at a steep angle is a mark across the page (the watermark of
    /// a test letter), not writing, and would only add its own typeset words to the figures.</summary>
    private static bool IsWriting(InkGlyph glyph) =>
        Math.Abs(Math.Atan2(glyph.EndY - glyph.OriginY, glyph.EndX - glyph.OriginX)) <= MaxWritingAngle;

    /// <summary>15 degrees: far beyond any line slope or word tilt of a hand, far below a diagonal watermark.</summary>
    private const double MaxWritingAngle = 15 * Math.PI / 180;

    /// <summary>(lowest ink - highest ink) / (page height - 2 x highest ink), both measured down from the page's top:
    /// the share of the space between equal top and bottom margins that the writing fills.</summary>
    private static double Fullness(IReadOnlyList<InkGlyph> glyphs, PdfRectangle page)
    {
        var inked = glyphs.Where(g => !g.IsBlank && g.HasInk).ToList();
        if (inked.Count == 0) return 0;
        double highest = page.Top - inked.Max(g => g.Ink.Top);
        double lowest = page.Top - inked.Min(g => g.Ink.Bottom);
        double room = page.Height - 2 * highest;
        return room <= 0 ? 1 : Math.Round((lowest - highest) / room, 4);
    }
}
