using SkiaSharp;

namespace LetterStudio.Inspection.Tests;

/// <summary>A word for <see cref="TestPdf"/>: its text and everything about how it is drawn.</summary>
/// <param name="Text">The characters, also written as the run's text so the PDF maps the glyphs back to them.</param>
public sealed record TestWord(string Text)
{
    /// <summary>Glyph ids to draw, one per character; null for the font's own (cmap) glyphs.</summary>
    public ushort[]? Glyphs { get; init; }

    public float Size { get; init; } = 20;

    public SKColor Color { get; init; } = new(0x20, 0x30, 0x60);

    /// <summary>Each glyph's lift above the baseline, in points; null for none (a rigid word).</summary>
    public float[]? Lift { get; init; }

    /// <summary>The gap from the previous word's ink to this word's ink, in em of this word.</summary>
    public float InkGapEm { get; init; } = 0.4f;

    /// <summary>The font file under the fonts folder; null for the hand (Caveat).</summary>
    public string? Font { get; init; }
}

/// <summary>
/// Writes a PDF directly with SkiaSharp, each word one positioned text run (glyph ids, positions and colour chosen
/// here, followed by a space glyph), the way the engine draws words: so every tell can be made present or absent.
/// </summary>
public sealed class TestPdf
{
    public const string Hand = "caveat/Caveat-Regular.ttf";
    public const string Fallback = "dejavu-sans/DejaVuSans.ttf";
    private const float Margin = 40;

    private readonly float _width, _height;
    private readonly List<List<(float Y, TestWord[] Words)>> _pages = [];

    public TestPdf(float width = 420, float height = 595)
    {
        _width = width;
        _height = height;
    }

    public static string FontPath(string file) => Path.Combine(AppContext.BaseDirectory, "fonts", file);

    public static SKTypeface Typeface(string file) => Cache.GetOrAdd(file, f => SKTypeface.FromFile(FontPath(f)));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SKTypeface> Cache = new();

    /// <summary>A line of words on a page (from 0), its baseline y points from the top.</summary>
    public TestPdf Line(int page, float y, params TestWord[] words)
    {
        while (_pages.Count <= page) _pages.Add([]);
        _pages[page].Add((y, words));
        return this;
    }

    /// <summary>Lines of the same words filling a page from top to bottom (baselines every 30 pt).</summary>
    public TestPdf Fill(int page, float fromY, float toY, Func<int, TestWord[]> line)
    {
        int i = 0;
        for (float y = fromY; y <= toY; y += 30) Line(page, y, line(i++));
        return this;
    }

    public byte[] Write()
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            foreach (var lines in _pages)
            {
                var canvas = document.BeginPage(_width, _height);
                foreach (var (y, words) in lines) DrawLine(canvas, y, words);
                document.EndPage();
            }
            document.Close();
        }
        return stream.ToArray();
    }

    private static void DrawLine(SKCanvas canvas, float y, TestWord[] words)
    {
        float? previousInkRight = null;
        foreach (var word in words)
        {
            using var font = Font(word.Font ?? Hand, word.Size);
            var glyphs = word.Glyphs ?? font.GetGlyphs(word.Text);
            var space = font.GetGlyphs(" ");
            ushort[] all = [.. glyphs, .. space];
            var widths = font.GetGlyphWidths(all, out _);
            var bounds = all.Select(g => { using var path = font.GetGlyphPath(g); return path?.TightBounds ?? SKRect.Empty; }).ToArray();
            var positions = new SKPoint[all.Length];
            float x = 0, inkLeft = float.MaxValue, inkRight = float.MinValue;
            for (int i = 0; i < all.Length; i++)
            {
                positions[i] = new SKPoint(x, -(i < glyphs.Length ? word.Lift?[i] ?? 0 : 0));
                if (i < glyphs.Length && !bounds[i].IsEmpty)
                {
                    inkLeft = Math.Min(inkLeft, x + bounds[i].Left);
                    inkRight = Math.Max(inkRight, x + bounds[i].Right);
                }
                x += widths[i];
            }
            float start = previousInkRight is { } right ? right + word.InkGapEm * word.Size - inkLeft : Margin;
            previousInkRight = start + inkRight;

            var text = word.Text + " ";
            var utf8 = System.Text.Encoding.UTF8.GetBytes(text);
            using var builder = new SKTextBlobBuilder();
            var run = builder.AllocatePositionedTextRun(font, all.Length, utf8.Length, null);
            run.SetGlyphs(all);
            run.SetPositions(positions);
            run.SetText(utf8);
            run.SetClusters(Clusters(text));
            using var blob = builder.Build()!;
            using var paint = new SKPaint { Color = word.Color, IsAntialias = true };
            canvas.DrawText(blob, start, y, paint);
        }
    }

    /// <summary>The UTF-8 byte offset of each character: one glyph per character here.</summary>
    private static uint[] Clusters(string text)
    {
        var clusters = new uint[text.Length];
        uint offset = 0;
        for (int i = 0; i < text.Length; i++)
        {
            clusters[i] = offset;
            offset += (uint)System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(i, 1));
        }
        return clusters;
    }

    /// <summary>Glyph ids of the font that no character maps to (alternates), so they can stand for any letter.</summary>
    public static ushort[] UnmappedGlyphs(string file)
    {
        var typeface = Typeface(file);
        using var font = new SKFont(typeface, 20);
        var mapped = new HashSet<ushort>();
        for (int c = 32; c < 0x3000; c++)
            if (!char.IsSurrogate((char)c)) mapped.Add(font.GetGlyph(c));
        return Enumerable.Range(1, typeface.GlyphCount - 1).Select(g => (ushort)g).Where(g => !mapped.Contains(g)).ToArray();
    }

    /// <summary>Unhinted, with fractional advances: the outlines and widths the PDF holds, not screen-rounded ones.</summary>
    public static SKFont Font(string file, float size) =>
        new(Typeface(file), size) { Hinting = SKFontHinting.None, Subpixel = true, LinearMetrics = true };

    public static ushort GlyphOf(char c, string file = Hand)
    {
        using var font = Font(file, 20);
        return font.GetGlyph(c);
    }
}
