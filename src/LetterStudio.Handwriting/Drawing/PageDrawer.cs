using LetterStudio.Handwriting.Composition;
using LetterStudio.Handwriting.Fonts;
using SkiaSharp;

namespace LetterStudio.Handwriting.Drawing;

/// <summary>
/// The draw step: paints a composed page on any Skia canvas, the PDF page and the PNG preview
/// alike. Each word is one text blob at one size, its glyphs positioned one by one (x and y per glyph,
/// the word's origin and tilt folded in) under the hand's slant; the blob carries the word's text and the
/// cluster of every glyph, so the PDF's ToUnicode maps each glyph, ligatures and alternate forms
/// included, back to its characters, and extraction reads words back exactly (a text matrix per
/// glyph does not, and costs 3x: shared/peers/RESULTS.md). A word holding a fallback glyph has one
/// run per font. Not thread-safe: use one per render. With <paramref name="subsets"/>, glyphs are
/// drawn from per-document font subsets instead of the shared whole fonts.
/// </summary>
internal sealed class PageDrawer(FontSubsets? subsets = null) : IDisposable
{
    private static readonly SKColor RuleColor = new(0x9F, 0xB8, 0xD8);

    // Words turned by at most this much (the hand's own line slope and word tilt) are drawn without a transform of their own.
    private const float FoldedRotationDegrees = 3f;

    private readonly SKTextBlobBuilder _builder = new();
    private readonly Dictionary<FontFace, (SKFont Font, ushort[]? GlyphIds)> _fonts = [];
    private readonly SKPaint _ink = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round };
    private readonly SKPaint _rule = new() { IsAntialias = true, Color = RuleColor, StrokeWidth = 0.5f, Style = SKPaintStyle.Stroke };

    public void Draw(SKCanvas canvas, ComposedPage page)
    {
        foreach (var y in page.Rules)
            canvas.DrawLine(page.Layout.ContentBox.Left, y, page.Layout.ContentBox.Right, y, _rule);
        var glyphs = page.Glyphs;
        // The slant is the writer's own, one per hand in a letter, so it is set on the canvas once for a run of
        // words; each word's rotation (a degree or two along the line) and place are folded into its glyph
        // positions (BuildBlob). A transform per word would cost the PDF a matrix and a graphics state per word:
        // a third of the page's content stream, and the deflate time that goes with it; letters keeping their
        // upright shape on a line tilted by a degree or two is not visible at any size. A word turned further
        // (a watermark) is drawn under its own transform.
        float slant = 0;
        int saved = canvas.Save();
        foreach (var word in page.Words)
        {
            bool turned = MathF.Abs(word.RotationDegrees) > FoldedRotationDegrees;
            float wanted = turned ? 0 : word.SlantTan;
            if (wanted != slant)
            {
                canvas.RestoreToCount(saved);
                saved = canvas.Save();
                slant = wanted;
                if (slant != 0) canvas.Skew(-slant, 0);
            }
            using var blob = BuildBlob(glyphs, word, folded: !turned);
            if (blob is null) continue;
            if (_ink.Color != word.Color) _ink.Color = word.Color;
            if (!turned)
            {
                canvas.DrawText(blob, 0, 0, _ink);
                continue;
            }
            canvas.Save();
            canvas.Translate(word.X, word.Y);
            canvas.RotateDegrees(word.RotationDegrees);
            // Skia's skew moves x by sx * y; y grows downwards, so a rightward lean is a negative sx.
            if (word.SlantTan != 0) canvas.Skew(-word.SlantTan, 0);
            canvas.DrawText(blob, 0, 0, _ink);
            canvas.Restore();
        }
        canvas.RestoreToCount(saved);
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

    private SKTextBlob? BuildBlob(List<DrawGlyph> glyphs, DrawWord word, bool folded)
    {
        int end = word.GlyphStart + word.GlyphCount;
        float s = word.SlantTan;
        var (sin, cos) = MathF.SinCos(word.RotationDegrees * MathF.PI / 180f);
        for (int runStart = word.GlyphStart; runStart < end;)
        {
            var face = glyphs[runStart].Face;
            int runEnd = runStart + 1;
            while (runEnd < end && glyphs[runEnd].Face == face) runEnd++;
            var (font, glyphIds) = FontFor(face);
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
                ids[i - runStart] = glyphIds is null ? glyph.Glyph : glyphIds[glyph.Glyph];
                // The glyph's origin on the page: slanted and rotated in its word, then moved to the word's place;
                // drawn under the canvas's slant, so its position is un-slanted here.
                if (folded)
                {
                    float kx = glyph.X - s * glyph.Y, ky = glyph.Y;
                    float px = word.X + cos * kx - sin * ky, py = word.Y + sin * kx + cos * ky;
                    positions[i - runStart] = new SKPoint(Quantize(px + s * py), Quantize(py));
                }
                else positions[i - runStart] = new SKPoint(Quantize(glyph.X), Quantize(glyph.Y));
                clusters[i - runStart] = (uint)(glyph.ClusterByte - byteStart);
            }
            word.Utf8.AsSpan(byteStart, byteEnd - byteStart).CopyTo(run.Text);
            runStart = runEnd;
        }
        return _builder.Build();
    }

    // Glyph positions inside a word, rounded to 1/16 pt (0.26 px at 300 dpi, far below what an eye or the
    // tells can tell apart). Why: Skia writes every glyph's offset into the PDF as a decimal, and a float such
    // as 5.1116972 takes nine digits where a sixteenth takes at most four; the longer, more random content
    // stream then costs most of a page's deflate time.
    private static float Quantize(float value) => MathF.Round(value * 16f) / 16f;

    private (SKFont Font, ushort[]? GlyphIds) FontFor(FontFace face)
    {
        if (!_fonts.TryGetValue(face, out var font))
        {
            var (typeface, glyphIds) = subsets?.For(face) ?? (face.Typeface, null);
            _fonts[face] = font = (FontFace.CreateFont(typeface, 12), glyphIds);
        }
        return font;
    }

    public void Dispose()
    {
        foreach (var (font, _) in _fonts.Values) font.Dispose();
        _builder.Dispose();
        _ink.Dispose();
        _stroke.Dispose();
        _rule.Dispose();
    }
}
