namespace LetterStudio.Inspection.Reading;

/// <summary>One glyph as the PDF draws it, in page space (points, y up).</summary>
/// <param name="Text">The character(s) the glyph stands for (ToUnicode).</param>
/// <param name="GlyphId">The character code: for the CID TrueType fonts with Identity-H the engine writes, the glyph id.
/// Null when the code could not be tied to the glyph (then forms are compared by outline box instead).</param>
/// <param name="Font">The font's PostScript name, subset prefix included, so two fonts never share a key.</param>
/// <param name="Size">The size the glyph is drawn at in points (text matrix and transform included).</param>
/// <param name="OriginX">The glyph's origin on the baseline.</param>
/// <param name="OriginY">The glyph's origin on the baseline.</param>
/// <param name="EndX">The end of the glyph's advance on the baseline.</param>
/// <param name="EndY">The end of the glyph's advance on the baseline.</param>
/// <param name="Ink">The glyph outline's bounds: left, bottom, right, top.</param>
/// <param name="Fill">The fill colour, sRGB from 0 to 1.</param>
/// <param name="Page">The page, from 1.</param>
internal sealed record InkGlyph(
    string Text,
    int? GlyphId,
    string Font,
    double Size,
    double OriginX,
    double OriginY,
    double EndX,
    double EndY,
    InkBox Ink,
    (double R, double G, double B) Fill,
    int Page)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public bool HasInk => Ink.Right > Ink.Left || Ink.Top > Ink.Bottom;

    /// <summary>What makes two glyphs the same form: the glyph id, or without one the outline box's shape.</summary>
    public string FormKey => GlyphId is { } id
        ? $"{Font}#{id}"
        : FormattableString.Invariant($"{Font}|{Text}|{Math.Round((Ink.Right - Ink.Left) / Size, 3)}x{Math.Round((Ink.Top - Ink.Bottom) / Size, 3)}");
}

/// <summary>An axis-aligned box in page space.</summary>
internal readonly record struct InkBox(double Left, double Bottom, double Right, double Top)
{
    public static InkBox Union(IEnumerable<InkBox> boxes)
    {
        double l = double.MaxValue, b = double.MaxValue, r = double.MinValue, t = double.MinValue;
        foreach (var box in boxes)
        {
            l = Math.Min(l, box.Left); b = Math.Min(b, box.Bottom);
            r = Math.Max(r, box.Right); t = Math.Max(t, box.Top);
        }
        return new InkBox(l, b, r, t);
    }
}
