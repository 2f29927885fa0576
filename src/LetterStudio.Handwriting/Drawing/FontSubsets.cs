using LetterStudio.Handwriting.Composition;
using LetterStudio.Handwriting.Fonts;
using SkiaSharp;

namespace LetterStudio.Handwriting.Drawing;

/// <summary>
/// For a document whose pages are all composed before drawing: one typeface per font used,
/// holding only the glyphs the pages use (numbered afresh), so the PDF embeds real subsets. Built from the font
/// bytes loaded at start-up, never from disk.
/// </summary>
internal sealed class FontSubsets : IDisposable
{
    private readonly Dictionary<FontFace, (SKData Data, SKTypeface Typeface, ushort[] GlyphIds)> _subsets = [];

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
            var subset = TrueTypeSubsetter.Subset(face.Bytes, glyphs, face.Characters);
            var data = SKData.CreateCopy(subset.Font);
            var typeface = SKTypeface.FromData(data)
                ?? throw new InvalidOperationException($"Skia rejected the subset of {face.Typeface.FamilyName}.");
            _subsets[face] = (data, typeface, subset.GlyphIds);
        }
    }

    /// <summary>The typeface to draw <paramref name="face"/>'s glyphs from, and the id each glyph has in it (null: the same as in the face).</summary>
    public (SKTypeface Typeface, ushort[]? GlyphIds) For(FontFace face) =>
        _subsets.TryGetValue(face, out var subset) ? (subset.Typeface, subset.GlyphIds) : (face.Typeface, null);

    public void Dispose()
    {
        foreach (var (data, typeface, _) in _subsets.Values)
        {
            typeface.Dispose();
            data.Dispose();
        }
    }
}
