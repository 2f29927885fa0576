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

    // Page balance: a page before the last that its lines fill less than this (the "page fullness" tell)
    // is a page a writer would not leave; at the default size the letter is then written up to
    // MaxShrink smaller, in steps, if that saves the last page.
    private const float MinFullness = 0.8f, MaxShrink = 0.1f, ShrinkStep = 0.02f;

    public List<ComposedPage> Compose(Letter letter, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(options);
        var font = fonts.Get(options.FontId);
        float size = ValidSize(options.FontSize ?? font.DefaultSizeFor(options.Paper));
        var (pages, short_) = ComposeAt(letter, options, font, size);
        if (options.FontSize is not null || !short_) return pages;
        // A page before the last is short because what follows had to stay together (closing and
        // signature, a paragraph's last lines): written slightly smaller, the letter may need a page less.
        for (float shrink = ShrinkStep; shrink <= MaxShrink + 1e-4f; shrink += ShrinkStep)
        {
            var (smaller, _) = ComposeAt(letter, options, font, size * (1 - shrink));
            if (smaller.Count < pages.Count) return smaller;
        }
        return pages;
    }

    private (List<ComposedPage> Pages, bool ShortPage) ComposeAt(Letter letter, RenderOptions options, HandwritingFont font, float size)
    {
        var signatureFont = SignatureFont(font, options);
        float signatureSize = (signatureFont == font ? size : signatureFont.DefaultSizeFor(options.Paper) * size / font.DefaultSizeFor(options.Paper))
            * signatureFont.SignatureScale;
        bool ruled = options.Stationery == Stationery.Ruled;
        var (pageWidth, pageHeight) = PaperGeometry.Of(options.Paper);
        var margins = options.Margins ?? PageMargins.DefaultFor(options.Paper);
        var content = ContentBox(pageWidth, pageHeight, margins);
        var hand = HandProfile.For(font, options.Realism, size, ruled);
        var signatureHand = HandProfile.For(signatureFont, options.Realism, signatureSize, ruled);
        float pitch = size * font.LineSpacing;

        var forms = options.Realism == 0 ? null : new FormChooser(options.Seed);
        var body = new TextShaper(font, fonts.Fallback, forms);
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
            builder.Add(new TextShaper(signatureFont, fonts.Fallback, forms), signatureHand, signatureSize, letter.Signature,
                LetterPart.Signature, 0, LineAlignment.Left, 0, SignatureGap, keepTogether: true);
        builder.EndChain();
        if (!string.IsNullOrWhiteSpace(letter.Postscript))
            builder.Add(body, hand, size, letter.Postscript, LetterPart.Postscript, 0, LineAlignment.Left, 0, PostscriptGap, keepTogether: false);

        var paginator = new Paginator(content.Top, content.Bottom, hand.VerticalReserve, ruled ? pitch : null);
        var pages = paginator.Paginate(builder.Lines);
        var rules = paginator.Rules(font.DescentEm * size);
        var placer = new HandPlacer(options.Seed, options.Ink, options.Pen, hand.InkVariation, options.SignatureUnderline);
        var composed = pages.Select((lines, i) => placer.PlacePage(i, pageWidth, pageHeight, content, rules, lines)).ToList();
        if (!string.IsNullOrWhiteSpace(options.Watermark))
            foreach (var page in composed) WatermarkStamp.Stamp(page, options.Watermark, fonts.Fallback);
        bool shortPage = composed.Take(composed.Count - 1).Any(page => Fullness(page.Layout) < MinFullness);
        return (composed, shortPage);
    }

    /// <summary>The page's written height against the height between equal top and bottom margins, as the fullness tell measures it.</summary>
    internal static float Fullness(PageLayout page)
    {
        var boxes = page.Lines.SelectMany(l => l.Runs).Select(r => r.Box).ToList();
        if (boxes.Count == 0) return 0;
        float top = boxes.Min(b => b.Top), bottom = boxes.Max(b => b.Bottom);
        return (bottom - top) / (page.Height - 2 * top);
    }

    /// <summary>The signature's hand: as asked, else the body hand's own signature hand from the catalogue, else the body hand.</summary>
    private HandwritingFont SignatureFont(HandwritingFont font, RenderOptions options)
    {
        if (options.SignatureFontId is not null) return fonts.Get(options.SignatureFontId);
        return font.SignatureFontId is not null && fonts.TryGet(font.SignatureFontId, out var signature) ? signature : font;
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
