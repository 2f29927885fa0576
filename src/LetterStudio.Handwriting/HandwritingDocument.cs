using LetterStudio.Handwriting.Composition;
using LetterStudio.Handwriting.Drawing;

namespace LetterStudio.Handwriting;

/// <summary>
/// One PDF that any number of letters and envelopes are written into, page after page. Pages
/// are streamed out as they are finished, so a batch of thousands stays small in memory.
/// Create it with <see cref="HandwritingRenderer.CreateDocument"/>; use it from one thread.
/// </summary>
public sealed class HandwritingDocument : IDisposable
{
    private readonly FontLibrary _fonts;
    private readonly PdfPages _pages;
    private bool _closed;

    internal HandwritingDocument(FontLibrary fonts, Stream output, DocumentInfo info)
    {
        _fonts = fonts;
        _pages = new PdfPages(output, info);
    }

    /// <summary>Pages written so far.</summary>
    public int PageCount => _pages.PageCount;

    /// <summary>Writes a letter on as many pages as it needs and returns where everything went.</summary>
    /// <exception cref="UnsupportedCharacterException">A character no bundled font covers.</exception>
    public LetterLayout AddLetter(Letter letter, RenderOptions options)
    {
        ThrowIfClosed();
        var pages = new LetterComposer(_fonts).Compose(letter, options);
        foreach (var page in pages) _pages.Add(page);
        HandwritingTelemetry.Rendered("document", pages.Count);
        return new LetterLayout { Pages = pages.Select(p => p.Layout).ToList() };
    }

    /// <summary>Writes an envelope as one page and returns where everything went.</summary>
    /// <exception cref="UnsupportedCharacterException">A character no bundled font covers.</exception>
    public LetterLayout AddEnvelope(Envelope envelope, EnvelopeOptions options)
    {
        ThrowIfClosed();
        var page = new EnvelopeComposer(_fonts).Compose(envelope, options);
        _pages.Add(page);
        return new LetterLayout { Pages = [page.Layout] };
    }

    /// <summary>Finishes the PDF (writes fonts, cross-reference table and trailer). The stream stays open.</summary>
    public void Close()
    {
        if (_closed) return;
        _closed = true;
        _pages.Close();
    }

    /// <summary>Closes the PDF if needed and frees the native document.</summary>
    public void Dispose()
    {
        Close();
        _pages.Dispose();
    }

    private void ThrowIfClosed() => ObjectDisposedException.ThrowIf(_closed, this);
}
