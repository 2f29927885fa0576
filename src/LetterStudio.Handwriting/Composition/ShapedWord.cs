using SkiaSharp;

namespace LetterStudio.Handwriting.Composition;

/// <summary>
/// One character mapped to a glyph. <see cref="Scale"/> is 1 for the hand's own glyphs; fallback
/// glyphs are scaled so their capitals stand as tall as the hand's.
/// </summary>
internal readonly record struct ShapedGlyph(HandwritingFont Font, ushort Glyph, int CodePoint, float Scale)
{
    public float AdvanceEm => Font.Faces[0].AdvanceEm[Glyph] * Scale;

    public SKRect InkEm
    {
        get
        {
            var r = Font.InkUnionEm[Glyph];
            return new SKRect(r.Left * Scale, r.Top * Scale, r.Right * Scale, r.Bottom * Scale);
        }
    }
}

/// <summary>A word of the text with its glyphs, measured in em of the line's font size.</summary>
internal sealed class ShapedWord(string text, ShapedGlyph[] glyphs)
{
    public string Text { get; } = text;
    public ShapedGlyph[] Glyphs { get; } = glyphs;
    public float AdvanceEm { get; } = glyphs.Sum(g => g.AdvanceEm);

    /// <summary>How far the first glyph's outline reaches left of the word's origin (0 if it does not).</summary>
    public float LeftOverhangEm => Math.Max(0, -Glyphs[0].InkEm.Left);

    /// <summary>How far the last glyph's outline reaches right of the word's advance (0 if it does not).</summary>
    public float RightOverhangEm
    {
        get
        {
            var last = Glyphs[^1];
            return Math.Max(0, last.InkEm.Right - last.AdvanceEm);
        }
    }

    /// <summary>Splits after <paramref name="count"/> glyphs; text follows the glyphs' characters.</summary>
    public (ShapedWord Head, ShapedWord Tail) SplitAt(int count)
    {
        int chars = 0;
        for (int i = 0; i < count; i++) chars += Glyphs[i].CodePoint > 0xFFFF ? 2 : 1;
        return (new ShapedWord(Text[..chars], Glyphs[..count]), new ShapedWord(Text[chars..], Glyphs[count..]));
    }
}
