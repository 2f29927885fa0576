using SkiaSharp;

namespace LetterStudio.Handwriting.Composition;

/// <summary>
/// Writes a light diagonal mark ("TEST — not for mailing") across a composed page, under the ink, in the plain
/// fallback face. It is real text, one word per transform like the letter's own words, so it is embedded in the
/// same font subsets. Text extraction reads rotated words poorly, so the mark is also written once, small and
/// level, in the top margin: pdftotext finds it there, and a test PDF is recognised by a program as well as by eye.
/// </summary>
internal static class WatermarkStamp
{
    // A light red, mostly transparent: unmistakable on screen and paper, yet the letter stays readable beneath.
    private static readonly SKColor Colour = new(0xC0, 0x20, 0x20, 0x38);
    private static readonly SKColor LineColour = new(0xC0, 0x20, 0x20, 0xB0);

    /// <summary>Size and baseline (from the top edge) of the level line in the top margin, in points.</summary>
    private const float LineSize = 8f, LineBaseline = 16f;

    /// <summary>Share of the page's diagonal the mark spans.</summary>
    private const float Span = 0.7f;

    public static void Stamp(ComposedPage page, string text, HandwritingFont face)
    {
        var font = face.Face;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return;
        var space = font.AdvanceEm[face.GlyphFor(' ')];
        var wordGlyphs = words.Select(w => w.EnumerateRunes().Select(r => face.GlyphFor(r.Value)).ToArray()).ToArray();
        if (wordGlyphs.Any(g => g.Contains((ushort)0)))
            throw new ArgumentException($"The watermark '{text}' has a character the plain face lacks.", nameof(RenderOptions.Watermark));
        var widthEm = wordGlyphs.Sum(g => g.Sum(id => font.AdvanceEm[id])) + space * (words.Length - 1);

        var diagonal = MathF.Sqrt(page.Width * page.Width + page.Height * page.Height);
        var size = Span * diagonal / widthEm;
        // Bottom left to top right; y grows downwards in Skia, so the angle is negative.
        var angle = -MathF.Atan2(page.Height, page.Width);
        var (dx, dy) = (MathF.Cos(angle), MathF.Sin(angle));
        // Centre the diagonal on the page: back off half its width along it, and drop half the cap height across it.
        var half = widthEm * size / 2;
        var drop = font.CapHeightEm * size / 2;
        float x = page.Width / 2 - dx * half - dy * drop, y = page.Height / 2 - dy * half + dx * drop;

        var marks = new List<DrawWord>(words.Length * 2);
        Write(page, font, words, wordGlyphs, space, size, x, y, angle, Colour, marks);
        // The level line, centred in the top margin.
        Write(page, font, words, wordGlyphs, space, LineSize, (page.Width - widthEm * LineSize) / 2, LineBaseline, 0, LineColour, marks);
        // Under the ink: drawn first, so the letter's words stay on top.
        page.Words.InsertRange(0, marks);
    }

    private static void Write(ComposedPage page, Fonts.FontFace font, string[] words, ushort[][] wordGlyphs, float space, float size, float x, float y, float angle, SKColor colour, List<DrawWord> marks)
    {
        var (dx, dy) = (MathF.Cos(angle), MathF.Sin(angle));
        var offset = 0f;
        for (int w = 0; w < words.Length; w++)
        {
            var glyphs = wordGlyphs[w];
            var utf8 = System.Text.Encoding.UTF8.GetBytes(words[w]);
            var start = page.Glyphs.Count;
            var along = 0f;
            int rune = 0, bytes = 0;
            foreach (var r in words[w].EnumerateRunes())
            {
                page.Glyphs.Add(new DrawGlyph(font, glyphs[rune++], along, 0, bytes));
                along += font.AdvanceEm[glyphs[rune - 1]] * size;
                bytes += r.Utf8SequenceLength;
            }
            marks.Add(new DrawWord(x + dx * offset, y + dy * offset, angle * 180 / MathF.PI, 0, size, colour, start, glyphs.Length, utf8, utf8.Length));
            offset += along + space * size;
        }
    }
}
