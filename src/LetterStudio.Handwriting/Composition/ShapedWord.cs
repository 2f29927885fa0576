using System.Text;
using SkiaSharp;

namespace LetterStudio.Handwriting.Composition;

/// <summary>
/// One shaped glyph of a word: the form drawn (<see cref="Glyph"/>) of the glyph the shaper chose
/// (<see cref="BaseGlyph"/>), the UTF-16 offset of the characters it draws (its cluster: a ligature
/// covers several), and its advance and offsets in em, kerning included.
/// </summary>
internal readonly record struct ShapedGlyph(HandwritingFont Font, ushort Glyph, ushort BaseGlyph, int Form, int CodePoint,
    int Cluster, float AdvanceEm, float OffsetXEm, float OffsetYEm)
{
    /// <summary>Outline bounds of the form drawn, y downwards, relative to the glyph's origin (offsets not applied).</summary>
    public SKRect InkEm => Font.Face.InkEm[Glyph];
}

/// <summary>A word of the text with its glyphs, measured in em of the line's font size.</summary>
internal sealed class ShapedWord
{
    public ShapedWord(string text, ShapedGlyph[] glyphs)
    {
        Text = text;
        Glyphs = glyphs;
        AdvanceEm = glyphs.Sum(g => g.AdvanceEm);
        Utf8 = Encoding.UTF8.GetBytes(text + " ");
        ClusterBytes = glyphs.Select(g => Encoding.UTF8.GetByteCount(text.AsSpan(0, g.Cluster))).ToArray();
    }

    public string Text { get; }
    public ShapedGlyph[] Glyphs { get; }
    public float AdvanceEm { get; }

    /// <summary>
    /// The text and a trailing space as UTF-8, written into the PDF beside the glyphs so extraction reads
    /// it back exactly; the space is written only when a space glyph follows the word.
    /// </summary>
    public byte[] Utf8 { get; }

    /// <summary>Bytes of <see cref="Utf8"/> without the trailing space.</summary>
    public int TextByteCount => Utf8.Length - 1;

    /// <summary>Per glyph, the UTF-8 byte offset of its cluster in <see cref="Utf8"/>.</summary>
    public int[] ClusterBytes { get; }

    /// <summary>How far the first glyph's outline reaches left of the word's origin (0 if it does not).</summary>
    public float LeftOverhangEm => Math.Max(0, -(Glyphs[0].InkEm.Left + Glyphs[0].OffsetXEm));

    /// <summary>How far the last glyph's outline reaches right of the word's advance (0 if it does not).</summary>
    public float RightOverhangEm
    {
        get
        {
            var last = Glyphs[^1];
            return Math.Max(0, last.InkEm.Right + last.OffsetXEm - last.AdvanceEm);
        }
    }

    /// <summary>Splits before glyph <paramref name="count"/>; text follows the glyphs' clusters.</summary>
    public (ShapedWord Head, ShapedWord Tail) SplitAt(int count)
    {
        int chars = Glyphs[count].Cluster;
        var tail = Glyphs[count..].Select(g => g with { Cluster = g.Cluster - chars }).ToArray();
        return (new ShapedWord(Text[..chars], Glyphs[..count]), new ShapedWord(Text[chars..], tail));
    }

    /// <summary>Where the word may be split: before a glyph that starts a new cluster.</summary>
    public bool CanSplitBefore(int index) => index > 0 && index < Glyphs.Length && Glyphs[index].Cluster > Glyphs[index - 1].Cluster;
}
