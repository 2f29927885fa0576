using LetterStudio.Handwriting.Composition;
using SkiaSharp;

namespace LetterStudio.Handwriting.Drawing;

/// <summary>
/// An open Skia PDF document that pages are streamed into: Skia writes each page out when it
/// ends, so memory stays flat however many pages follow. Given <see cref="FontSubsets"/> (when all
/// pages are known up front), it embeds font subsets; a stream of pages not yet composed embeds
/// each font it uses once, whole.
/// </summary>
internal sealed class PdfPages : IDisposable
{
    private readonly SKDocument _document;
    private readonly PageDrawer _drawer;

    public PdfPages(Stream output, DocumentInfo info, FontSubsets? subsets = null)
    {
        _drawer = new PageDrawer(subsets);
        ArgumentNullException.ThrowIfNull(output);
        // No creation or modification date: Skia then writes none, and leaves the document id
        // out, so the same input gives the same bytes (checked by the determinism tests).
        var metadata = new SKDocumentPdfMetadata
        {
            Title = info.Title,
            Author = info.Author,
            Creator = "LetterStudio",
            Producer = "LetterStudio Handwriting (Skia PDF)",
        };
        _document = SKDocument.CreatePdf(output, metadata)
            ?? throw new InvalidOperationException("Skia could not open a PDF document on the stream.");
    }

    public int PageCount { get; private set; }

    public void Add(ComposedPage page)
    {
        var canvas = _document.BeginPage(page.Width, page.Height);
        _drawer.Draw(canvas, page);
        _document.EndPage();
        PageCount++;
    }

    public void Close() => _document.Close();

    public void Dispose()
    {
        _drawer.Dispose();
        _document.Dispose();
    }
}
