namespace LetterStudio.Handwriting;

/// <summary>How a letter is written: hand, ink, paper and how irregular the hand is.</summary>
public sealed record RenderOptions
{
    /// <summary>Id of a font from the manifest (fonts/fonts.json); null means the library's first font.</summary>
    public string? FontId { get; init; }

    /// <summary>Font size in points; null means the font's default size for the paper (<see cref="HandwritingFont.DefaultSizeFor"/>).</summary>
    public float? FontSize { get; init; }

    /// <summary>Ink colour.</summary>
    public InkColor Ink { get; init; } = InkColor.BlueBlack;

    /// <summary>Sheet size.</summary>
    public PaperSize Paper { get; init; } = PaperSize.A5;

    /// <summary>Plain or ruled sheet.</summary>
    public Stationery Stationery { get; init; } = Stationery.Plain;

    /// <summary>Margins; null means <see cref="PageMargins.DefaultFor"/> the paper.</summary>
    public PageMargins? Margins { get; init; }

    /// <summary>
    /// 0 = clean type (the control case), 1 = a careful hand, 2 = a natural hand (default), 3 = a hurried hand.
    /// </summary>
    public int Realism { get; init; } = DefaultRealism;

    /// <summary>Seed of the hand's irregularities: the same seed gives a byte-identical PDF, another seed another hand.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Indent of the first line of each body paragraph, in points.</summary>
    public float FirstLineIndent { get; init; }

    /// <summary>
    /// Font from the manifest for the signature; null takes the body hand's signature hand from the manifest
    /// (<see cref="HandwritingFont.SignatureFontId"/>), or the body hand itself when it names none. Written larger.
    /// </summary>
    public string? SignatureFontId { get; init; }

    /// <summary>Underlines the signature with one hand-drawn stroke in the ink.</summary>
    public bool SignatureUnderline { get; init; }

    /// <summary>The pen: how the ink changes along the text.</summary>
    public Pen Pen { get; init; } = Pen.Ballpoint;

    /// <summary>PDF title; null means "Letter".</summary>
    public string? Title { get; init; }

    /// <summary>PDF author; null means the signature.</summary>
    public string? Author { get; init; }

    /// <summary>
    /// A mark written diagonally across every page, lightly, under the ink, in the plain fallback face (e.g.
    /// "TEST — not for mailing" on a test order's letter); real text, so pdftotext finds it. Null writes none.
    /// </summary>
    public string? Watermark { get; init; }

    /// <summary>The realism level used when none is given.</summary>
    public const int DefaultRealism = 2;
}
