using LetterStudio.Handwriting.Fonts;
using SkiaSharp;

namespace LetterStudio.Handwriting.Composition;

/// <summary>A glyph to draw, positioned in its word, with the UTF-8 offset of the characters it draws in the word's text.</summary>
internal readonly record struct DrawGlyph(FontFace Face, ushort Glyph, float X, float Y, int ClusterByte);

/// <summary>
/// A word to draw with one transform (origin, rotation, slant), at one size and in one colour, with its
/// text (UTF-8, its trailing space included when one is drawn) and its slice of the page's glyphs.
/// </summary>
internal readonly record struct DrawWord(float X, float Y, float RotationDegrees, float SlantTan, float Size, SKColor Color,
    int GlyphStart, int GlyphCount, byte[] Utf8, int TextLength);

/// <summary>A pen stroke that is not a letter (the signature's underline): a cubic curve from P0 to P3.</summary>
internal readonly record struct DrawStroke(SKPoint P0, SKPoint P1, SKPoint P2, SKPoint P3, float Width, SKColor Color);

/// <summary>The measured page: everything the drawer needs, and the public layout describing it.</summary>
internal sealed class ComposedPage
{
    public required float Width { get; init; }
    public required float Height { get; init; }
    public required IReadOnlyList<float> Rules { get; init; }
    public required List<DrawWord> Words { get; init; }
    public required List<DrawGlyph> Glyphs { get; init; }
    public List<DrawStroke> Strokes { get; init; } = [];
    public required PageLayout Layout { get; init; }
}
