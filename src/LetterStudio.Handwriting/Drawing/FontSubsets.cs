using LetterStudio.Handwriting.Composition;
using LetterStudio.Handwriting.Fonts;
using SkiaSharp;

namespace LetterStudio.Handwriting.Drawing;

/// <summary>
/// For a document whose pages are all composed before drawing: one typeface per font used,
/// holding only the glyphs the pages use, so the PDF embeds real subsets. Built from the font
/// bytes loaded at start-up, never from disk.
/// </summary>
internal sealed class FontSubsets : IDisposable
{
    private readonly Dictionary<FontFace, (SKData Data, SKTypeface Typeface)> _subsets = [];

    public FontSubsets(IEnumerable<ComposedPage> pages)
    {
        var used = new Dictionary<FontFace, HashSet<ushort>>();
        foreach (var glyph in pages.SelectMany(page => page.Glyphs))
        {
            if (!used.TryGetValue(glyph.Face, out var set)) used[glyph.Face] = set = [];
            set.Add(glyph.Glyph);
        }
        foreach (var (face, glyphs) in used)
        {
            var data = SKData.CreateCopy(TrueTypeSubsetter.Subset(face.Bytes, glyphs));
            var typeface = SKTypeface.FromData(data)
                ?? throw new InvalidOperationException($"Skia rejected the subset of {face.Typeface.FamilyName}.");
            _subsets[face] = (data, typeface);
        }
    }

    public SKTypeface TypefaceFor(FontFace face) => _subsets.TryGetValue(face, out var subset) ? subset.Typeface : face.Typeface;

    public void Dispose()
    {
        foreach (var (data, typeface) in _subsets.Values)
        {
            typeface.Dispose();
            data.Dispose();
        }
    }
}
