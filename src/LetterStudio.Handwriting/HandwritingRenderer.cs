using LetterStudio.Handwriting.Composition;
using LetterStudio.Handwriting.Drawing;

namespace LetterStudio.Handwriting;

/// <summary>
/// Writes letters and envelopes by hand: PDF pages, PNG previews of any page, and the layout.
/// Stateless apart from the shared <see cref="FontLibrary"/>: one instance serves every thread.
/// </summary>
public sealed class HandwritingRenderer(FontLibrary fonts)
{
    /// <summary>The fonts the renderer writes with.</summary>
    public FontLibrary Fonts { get; } = fonts ?? throw new ArgumentNullException(nameof(fonts));

    /// <summary>Lays a letter out without drawing it: the measure step, for previews and checks.</summary>
    /// <exception cref="UnsupportedCharacterException">A character no bundled font covers.</exception>
    public LetterLayout Measure(Letter letter, RenderOptions options) =>
        new() { Pages = new LetterComposer(Fonts).Compose(letter, options).Select(p => p.Layout).ToList() };

    /// <summary>Writes a letter as a PDF to <paramref name="output"/> (left open).</summary>
    /// <exception cref="UnsupportedCharacterException">A character no bundled font covers; nothing is written.</exception>
    public RenderResult RenderPdf(Letter letter, RenderOptions options, Stream output)
    {
        // Compose first, so a refused character or bad option throws before any byte is written.
        var pages = new LetterComposer(Fonts).Compose(letter, options);
        WritePdf(pages, new DocumentInfo(options.Title ?? "Letter", options.Author ?? letter.Signature), output);
        HandwritingTelemetry.Rendered("pdf", pages.Count);
        return new RenderResult(pages.Count, new LetterLayout { Pages = pages.Select(p => p.Layout).ToList() });
    }

    /// <summary>Writes page <paramref name="pageIndex"/> (from 0) of a letter as a PNG at <paramref name="dpi"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The letter has no such page, or the DPI is outside 10-1200.</exception>
    public PngPage RenderPng(Letter letter, RenderOptions options, int pageIndex, float dpi, Stream output)
    {
        var pages = new LetterComposer(Fonts).Compose(letter, options);
        if (pageIndex < 0 || pageIndex >= pages.Count)
            throw new ArgumentOutOfRangeException(nameof(pageIndex), pageIndex, $"The letter has {pages.Count} page(s).");
        var png = PngPreview.Write(pages[pageIndex], dpi, output);
        HandwritingTelemetry.Rendered("png", 1, letter: false);
        return png;
    }

    /// <summary>Writes an envelope as a one-page PDF to <paramref name="output"/> (left open).</summary>
    public RenderResult RenderEnvelopePdf(Envelope envelope, EnvelopeOptions options, Stream output)
    {
        var page = new EnvelopeComposer(Fonts).Compose(envelope, options);
        WritePdf([page], new DocumentInfo(options.Title ?? "Envelope", options.Author ?? ""), output);
        return new RenderResult(1, new LetterLayout { Pages = [page.Layout] });
    }

    /// <summary>Writes an envelope as a PNG at <paramref name="dpi"/>.</summary>
    public PngPage RenderEnvelopePng(Envelope envelope, EnvelopeOptions options, float dpi, Stream output) =>
        PngPreview.Write(new EnvelopeComposer(Fonts).Compose(envelope, options), dpi, output);

    /// <summary>Opens one PDF to stream many letters and envelopes into (e.g. a print batch).</summary>
    public HandwritingDocument CreateDocument(Stream output, DocumentInfo info) => new(Fonts, output, info);

    private static void WritePdf(IReadOnlyList<ComposedPage> pages, DocumentInfo info, Stream output)
    {
        using var subsets = new FontSubsets(pages);
        using var pdf = new PdfPages(output, info, subsets);
        foreach (var page in pages) pdf.Add(page);
        pdf.Close();
    }
}
