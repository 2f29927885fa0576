namespace LetterStudio.Handwriting.Composition;

/// <summary>
/// The measure step for an envelope: the return address small at the top left, the recipient's
/// address from a little left of the middle, both in the same hand as the letter.
/// </summary>
internal sealed class EnvelopeComposer(FontLibrary fonts)
{
    // Where postal services expect the address block: from about 40% across and 45% down.
    private const float RecipientLeft = 0.40f, RecipientTop = 0.45f, ReturnAddressScale = 0.75f;
    // A third of an inch: addresses are written close to the edge, unlike a letter.
    private const float Margin = 24f;

    public ComposedPage Compose(Envelope envelope, EnvelopeOptions options)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(options);
        if (envelope.Recipient.All(string.IsNullOrWhiteSpace))
            throw new ArgumentException("An envelope needs a recipient's address.", nameof(envelope));
        var font = fonts.Get(options.FontId);
        float size = LetterComposer.ValidSize(options.FontSize ?? font.DefaultSize);
        float smallSize = size * ReturnAddressScale;
        var (width, height) = PaperGeometry.Of(options.Size);
        var content = LetterComposer.ContentBox(width, height, PageMargins.Uniform(Margin));
        var hand = HandProfile.For(font, options.Realism, size, ruled: false);
        var smallHand = HandProfile.For(font, options.Realism, smallSize, ruled: false);
        var shaper = new TextShaper(font, fonts.Fallback, options.Realism == 0 ? null : new FormChooser(options.Seed));

        var lines = new List<PositionedLine>();
        var returnBlock = Block(shaper, smallHand, smallSize, envelope.ReturnAddress, LetterPart.ReturnAddress, content.Width / 2, 0);
        float baseline = content.Top + smallHand.VerticalReserve;
        foreach (var line in returnBlock)
        {
            baseline += lines.Count == 0 ? line.Ascent : line.Advance;
            lines.Add(new PositionedLine(line, baseline));
        }
        float returnBottom = lines.Count == 0 ? content.Top : baseline + smallSize * font.DescentEm + smallHand.VerticalReserve;

        float left = width * RecipientLeft;
        var recipient = Block(shaper, hand, size, envelope.Recipient, LetterPart.Recipient, content.Right - left, left - content.Left);
        float blockHeight = recipient.Skip(1).Sum(l => l.Advance) + recipient[0].Ascent + recipient[^1].Descent + 2 * hand.VerticalReserve;
        // Start at the usual height, higher if a long address would run off the bottom, never into the return address.
        float top = MathF.Min(height * RecipientTop, content.Bottom - blockHeight);
        if (top < returnBottom)
            throw new ArgumentException("The addresses do not fit on this envelope at this font size.", nameof(envelope));
        baseline = top + hand.VerticalReserve;
        for (int i = 0; i < recipient.Count; i++)
        {
            baseline += i == 0 ? recipient[i].Ascent : recipient[i].Advance;
            lines.Add(new PositionedLine(recipient[i], baseline));
        }

        var placer = new HandPlacer(options.Seed, options.Ink, Pen.Ballpoint, hand.InkVariation);
        return placer.PlacePage(0, width, height, content, [], lines);

        List<FlowLine> Block(TextShaper s, HandProfile h, float sz, IReadOnlyList<string> addressLines, LetterPart part, float blockWidth, float blockIndent)
        {
            var builder = new FlowBuilder(blockWidth, sz * font.LineSpacing, blockIndent);
            for (int i = 0; i < addressLines.Count; i++)
                if (!string.IsNullOrWhiteSpace(addressLines[i]))
                    builder.Add(s, h, sz, addressLines[i], part, i, LineAlignment.Left, 0, 0, keepTogether: true);
            return builder.Lines;
        }
    }
}
