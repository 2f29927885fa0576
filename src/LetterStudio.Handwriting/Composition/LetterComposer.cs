namespace LetterStudio.Handwriting.Composition;

/// <summary>
/// The measure step for a letter: shapes every part, breaks it into lines, chains the lines that
/// must share a page, flows them onto pages and lets the hand place them. Drawing is separate
/// (<see cref="Drawing.PageDrawer"/>), so layout can be tested and previewed without a PDF.
/// </summary>
internal sealed class LetterComposer(FontLibrary fonts)
{
    // Gaps between parts, in body line pitches (rounded up to whole rules on ruled paper).
    private const float DateGap = 1f, SalutationGap = 0.5f, ParagraphGap = 0.5f, ClosingGap = 0.75f,
        SignatureGap = 0.1f, PostscriptGap = 1f;

    public List<ComposedPage> Compose(Letter letter, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(options);
        var font = fonts.Get(options.FontId);
        var signatureFont = options.SignatureFontId is null ? font : fonts.Get(options.SignatureFontId);
        float size = ValidSize(options.FontSize ?? font.DefaultSize);
        float signatureSize = (signatureFont == font ? size : signatureFont.DefaultSize * size / font.DefaultSize) * signatureFont.SignatureScale;
        bool ruled = options.Stationery == Stationery.Ruled;
        var (pageWidth, pageHeight) = PaperGeometry.Of(options.Paper);
        var margins = options.Margins ?? PageMargins.DefaultFor(options.Paper);
        var content = ContentBox(pageWidth, pageHeight, margins);
        var hand = HandProfile.For(font.Tuning, options.Realism, size, ruled);
        var signatureHand = HandProfile.For(signatureFont.Tuning, options.Realism, signatureSize, ruled);
        float pitch = size * font.LineSpacing;

        var body = new TextShaper(font, fonts.Fallback);
        var builder = new FlowBuilder(content.Width, pitch);
        if (!string.IsNullOrWhiteSpace(letter.Date))
            builder.Add(body, hand, size, letter.Date, LetterPart.Date, 0, LineAlignment.Right, 0, 0, keepTogether: true);
        if (!string.IsNullOrWhiteSpace(letter.Salutation))
            builder.Add(body, hand, size, letter.Salutation, LetterPart.Salutation, 0, LineAlignment.Left, 0, DateGap, keepTogether: true);
        var paragraphs = letter.Paragraphs.Select((text, i) => (text, i)).Where(p => !string.IsNullOrWhiteSpace(p.text)).ToList();
        foreach (var (text, i) in paragraphs)
        {
            float gap = i == paragraphs[0].i ? SalutationGap : ParagraphGap;
            builder.Add(body, hand, size, text, LetterPart.Paragraph, i, LineAlignment.Left, options.FirstLineIndent, gap, keepTogether: false);
        }
        // The last body line goes with the closing, so the closing never opens a page on its own.
        builder.KeepLastWithNext();
        if (!string.IsNullOrWhiteSpace(letter.Closing))
            builder.Add(body, hand, size, letter.Closing, LetterPart.Closing, 0, LineAlignment.Left, 0, ClosingGap, keepTogether: true);
        if (!string.IsNullOrWhiteSpace(letter.Signature))
            builder.Add(new TextShaper(signatureFont, fonts.Fallback), signatureHand, signatureSize, letter.Signature,
                LetterPart.Signature, 0, LineAlignment.Left, 0, SignatureGap, keepTogether: true);
        builder.EndChain();
        if (!string.IsNullOrWhiteSpace(letter.Postscript))
            builder.Add(body, hand, size, letter.Postscript, LetterPart.Postscript, 0, LineAlignment.Left, 0, PostscriptGap, keepTogether: false);

        var paginator = new Paginator(content.Top, content.Bottom, hand.VerticalReserve, ruled ? pitch : null);
        var pages = paginator.Paginate(builder.Lines);
        var rules = paginator.Rules(font.DescentEm * size);
        var placer = new HandPlacer(options.Seed, options.Ink);
        var composed = pages.Select((lines, i) => placer.PlacePage(i, pageWidth, pageHeight, content, rules, lines)).ToList();
        if (!string.IsNullOrWhiteSpace(options.Watermark))
            foreach (var page in composed) WatermarkStamp.Stamp(page, options.Watermark, fonts.Fallback);
        return composed;
    }

    internal static float ValidSize(float size) =>
        size is >= 4 and <= 96 ? size : throw new ArgumentOutOfRangeException(nameof(size), size, "Font size must be between 4 and 96 points.");

    internal static LayoutBox ContentBox(float width, float height, PageMargins margins)
    {
        if (margins.Left < 0 || margins.Right < 0 || margins.Top < 0 || margins.Bottom < 0)
            throw new ArgumentOutOfRangeException(nameof(margins), margins, "Margins cannot be negative.");
        var box = LayoutBox.FromEdges(margins.Left, margins.Top, width - margins.Right, height - margins.Bottom);
        return box.Width > 36 && box.Height > 36 ? box
            : throw new ArgumentOutOfRangeException(nameof(margins), margins, "The margins leave less than half an inch to write in.");
    }
}
