using LetterStudio.Handwriting.Composition;
using LetterStudio.Handwriting.Fonts;
using SkiaSharp;

namespace LetterStudio.Handwriting.Drawing;

/// <summary>
/// The draw step: paints a composed page on any Skia canvas, the PDF page and the PNG preview
/// alike. Each word is one text blob under one transform (origin, rotation, slant) at one size: its
/// glyphs are positioned inside it (x and y per glyph), and the blob carries the word's text and the
/// cluster of every glyph, so the PDF's ToUnicode maps each glyph, ligatures and alternate forms
/// included, back to its characters, and extraction reads words back exactly (a text matrix per
/// glyph does not, and costs 3x: shared/peers/RESULTS.md). A word holding a fallback glyph has one
/// run per font. Not thread-safe: use one per render. With <paramref name="subsets"/>, glyphs are
/// drawn from per-document font subsets instead of the shared whole fonts.
/// </summary>
internal sealed class PageDrawer(FontSubsets? subsets = null) : IDisposable
{
    private static readonly SKColor RuleColor = new(0x9F, 0xB8, 0xD8);

    private readonly SKTextBlobBuilder _builder = new();
    private readonly Dictionary<FontFace, SKFont> _fonts = [];
    private readonly SKPaint _ink = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round };
    private readonly SKPaint _rule = new() { IsAntialias = true, Color = RuleColor, StrokeWidth = 0.5f, Style = SKPaintStyle.Stroke };

    public void Draw(SKCanvas canvas, ComposedPage page)
    {
        foreach (var y in page.Rules)
            canvas.DrawLine(page.Layout.ContentBox.Left, y, page.Layout.ContentBox.Right, y, _rule);
        var glyphs = page.Glyphs;
        foreach (var word in page.Words)
        {
            using var blob = BuildBlob(glyphs, word);
            if (blob is null) continue;
            if (_ink.Color != word.Color) _ink.Color = word.Color;
            if (word.RotationDegrees == 0 && word.SlantTan == 0)
            {
                canvas.DrawText(blob, word.X, word.Y, _ink);
                continue;
            }
            canvas.Save();
            canvas.Translate(word.X, word.Y);
            if (word.RotationDegrees != 0) canvas.RotateDegrees(word.RotationDegrees);
            // Skia's skew moves x by sx * y; y grows downwards, so a rightward lean is a negative sx.
            if (word.SlantTan != 0) canvas.Skew(-word.SlantTan, 0);
            canvas.DrawText(blob, 0, 0, _ink);
            canvas.Restore();
        }
        foreach (var stroke in page.Strokes)
        {
            using var builder = new SKPathBuilder();
            builder.MoveTo(stroke.P0);
            builder.CubicTo(stroke.P1, stroke.P2, stroke.P3);
            using var path = builder.Detach();
            _stroke.Color = stroke.Color;
            _stroke.StrokeWidth = stroke.Width;
            canvas.DrawPath(path, _stroke);
        }
    }

    private SKTextBlob? BuildBlob(List<DrawGlyph> glyphs, DrawWord word)
    {
        int end = word.GlyphStart + word.GlyphCount;
        for (int runStart = word.GlyphStart; runStart < end;)
        {
            var face = glyphs[runStart].Face;
            int runEnd = runStart + 1;
            while (runEnd < end && glyphs[runEnd].Face == face) runEnd++;
            var font = FontFor(face);
            font.Size = word.Size;
            int byteStart = glyphs[runStart].ClusterByte;
            int byteEnd = runEnd < end ? glyphs[runEnd].ClusterByte : word.TextLength;
            var run = _builder.AllocateRawPositionedTextRun(font, runEnd - runStart, byteEnd - byteStart, null);
            var ids = run.Glyphs;
            var positions = run.Positions;
            var clusters = run.Clusters;
            for (int i = runStart; i < runEnd; i++)
            {
                var glyph = glyphs[i];
                ids[i - runStart] = glyph.Glyph;
                positions[i - runStart] = new SKPoint(glyph.X, glyph.Y);
                clusters[i - runStart] = (uint)(glyph.ClusterByte - byteStart);
            }
            word.Utf8.AsSpan(byteStart, byteEnd - byteStart).CopyTo(run.Text);
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
        _stroke.Dispose();
        _rule.Dispose();
    }
}
