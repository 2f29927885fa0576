using LetterStudio.Handwriting.Fonts;
using SkiaSharp;

namespace LetterStudio.Handwriting.Composition;

/// <summary>A glyph to draw, positioned along its word's baseline.</summary>
internal readonly record struct DrawGlyph(FontFace Face, ushort Glyph, float X, float Size);

/// <summary>A word to draw with one transform: origin, rotation and ink, and its slice of the page's glyphs.</summary>
internal readonly record struct DrawWord(float X, float Y, float RotationDegrees, SKColor Color, int GlyphStart, int GlyphCount);

/// <summary>The measured page: everything the drawer needs, and the public layout describing it.</summary>
internal sealed class ComposedPage
{
    public required float Width { get; init; }
    public required float Height { get; init; }
    public required IReadOnlyList<float> Rules { get; init; }
    public required List<DrawWord> Words { get; init; }
    public required List<DrawGlyph> Glyphs { get; init; }
    public required PageLayout Layout { get; init; }
}
