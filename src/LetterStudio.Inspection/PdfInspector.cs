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
        var pages = new List<(int Page, double Top, double Fullness)>();
        try
        {
            using var document = PdfDocument.Open(pdf);
            foreach (var page in document.GetPages())
            {
                var onPage = GlyphReader.Read(page);
                glyphs.AddRange(onPage);
                pages.Add((page.Number, page.MediaBox.Bounds.Top, Fullness(onPage, page.MediaBox.Bounds)));
            }
        }
        catch (Exception ex) when (ex is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or InvalidCastException)
        {
            throw new PdfInspectionException($"not a readable PDF: {ex.Message}", ex);
        }
        if (pages.Count == 0) throw new PdfInspectionException("the PDF has no pages.");

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
