using LetterStudio.Handwriting.Composition;
using LetterStudio.Handwriting.Fonts;
using SkiaSharp;

namespace LetterStudio.Handwriting.Drawing;

/// <summary>
/// The draw step: paints a composed page on any Skia canvas, the PDF page and the PNG preview
/// alike. Each word is one text blob under one transform, its glyphs positioned inside it and
/// grouped into runs per font form. That keeps the PDF's text matrices per word, so extraction
/// reads words back exactly (a matrix per glyph does not: shared/peers/RESULTS.md).
/// Not thread-safe: use one per render. With <paramref name="subsets"/>, glyphs are drawn from
/// per-document font subsets instead of the shared whole fonts.
/// </summary>
internal sealed class PageDrawer(FontSubsets? subsets = null) : IDisposable
{
    private static readonly SKColor RuleColor = new(0x9F, 0xB8, 0xD8);

    private readonly SKTextBlobBuilder _builder = new();
    private readonly Dictionary<FontFace, SKFont> _fonts = [];
    private readonly SKPaint _ink = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _rule = new() { IsAntialias = true, Color = RuleColor, StrokeWidth = 0.5f, Style = SKPaintStyle.Stroke };

    public void Draw(SKCanvas canvas, ComposedPage page)
    {
        foreach (var y in page.Rules)
            canvas.DrawLine(page.Layout.ContentBox.Left, y, page.Layout.ContentBox.Right, y, _rule);
        var glyphs = page.Glyphs;
        foreach (var word in page.Words)
        {
            using var blob = BuildBlob(glyphs, word.GlyphStart, word.GlyphCount);
            if (blob is null) continue;
            if (_ink.Color != word.Color) _ink.Color = word.Color;
            if (word.RotationDegrees == 0)
            {
                canvas.DrawText(blob, word.X, word.Y, _ink);
                continue;
            }
            canvas.Save();
            canvas.Translate(word.X, word.Y);
            canvas.RotateDegrees(word.RotationDegrees);
            canvas.DrawText(blob, 0, 0, _ink);
            canvas.Restore();
        }
    }

    private SKTextBlob? BuildBlob(List<DrawGlyph> glyphs, int start, int count)
    {
        int end = start + count;
        for (int runStart = start; runStart < end;)
        {
            var first = glyphs[runStart];
            int runEnd = runStart + 1;
            while (runEnd < end && glyphs[runEnd].Face == first.Face && glyphs[runEnd].Size == first.Size) runEnd++;
            var font = FontFor(first.Face);
            font.Size = first.Size;
            var run = _builder.AllocateHorizontalRun(font, runEnd - runStart, 0);
            var ids = run.Glyphs;
            var xs = run.Positions;
            for (int i = runStart; i < runEnd; i++)
            {
                ids[i - runStart] = glyphs[i].Glyph;
                xs[i - runStart] = glyphs[i].X;
            }
            runStart = runEnd;
        }
        return _builder.Build();
    }

    private SKFont FontFor(FontFace face)
    {
        if (!_fonts.TryGetValue(face, out var font))
            _fonts[face] = font = FontFace.CreateFont(subsets?.TypefaceFor(face) ?? face.Typeface, 12);
        return font;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values) font.Dispose();
        _builder.Dispose();
        _ink.Dispose();
        _rule.Dispose();
    }
}
