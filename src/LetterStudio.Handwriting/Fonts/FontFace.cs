using System.Collections.Frozen;
using SkiaSharp;

namespace LetterStudio.Handwriting.Fonts;

/// <summary>
/// One loaded font file (a hand's file with all its forms, or the fallback) with its glyph metrics
/// measured once, in em, so layout never asks Skia for metrics while rendering.
/// </summary>
internal sealed class FontFace : IDisposable
{
    // Metrics are taken at a large size and scaled: with hinting off and linear metrics, advances scale exactly.
    private const float MeasureSize = 1000f;

    private readonly SKData _data;

    private FontFace(byte[] bytes, SKData data, SKTypeface typeface, float[] advanceEm, SKRect[] inkEm, SKFontMetrics metrics)
    {
        (BmpGlyphs, AstralGlyphs) = ReadCharacterMap(typeface, bytes);
        Characters = BmpGlyphs.Select((glyph, codePoint) => (codePoint, glyph)).Where(c => c.glyph != 0)
            .Concat(AstralGlyphs.Select(c => (c.Key, c.Value))).ToArray();
        Bytes = bytes;
        _data = data;
        Typeface = typeface;
        AdvanceEm = advanceEm;
        InkEm = inkEm;
        AscentEm = -metrics.Ascent / MeasureSize;
        DescentEm = metrics.Descent / MeasureSize;
        CapHeightEm = metrics.CapHeight > 0 ? metrics.CapHeight / MeasureSize : AscentEm * 0.7f;
    }

    /// <summary>Shared by every render. Skia typefaces are immutable and safe to use from many threads.</summary>
    public SKTypeface Typeface { get; }

    /// <summary>The font file, kept to cut per-document subsets from (<see cref="TrueTypeSubsetter"/>).</summary>
    public byte[] Bytes { get; }

    /// <summary>The character map of the Basic Multilingual Plane: the glyph id per code point (0: none).</summary>
    public ushort[] BmpGlyphs { get; }

    /// <summary>The characters beyond the Basic Multilingual Plane the font maps.</summary>
    public FrozenDictionary<int, ushort> AstralGlyphs { get; }

    /// <summary>Every mapped character and its glyph, for the character map of a subset.</summary>
    public (int CodePoint, ushort Glyph)[] Characters { get; }

    /// <summary>Advance width per glyph id.</summary>
    public float[] AdvanceEm { get; }

    /// <summary>Outline bounds per glyph id, y downwards from the baseline.</summary>
    public SKRect[] InkEm { get; }

    public float AscentEm { get; }
    public float DescentEm { get; }
    public float CapHeightEm { get; }

    /// <summary>Loads from bytes already in memory, so the PDF backend's subsetter never reopens the file.</summary>
    public static FontFace Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var data = SKData.CreateCopy(bytes);
        var typeface = SKTypeface.FromData(data)
            ?? throw new InvalidDataException($"{path} is not a font file Skia can read.");
        using var font = CreateFont(typeface, MeasureSize);
        var glyphs = new ushort[typeface.GlyphCount];
        for (int i = 0; i < glyphs.Length; i++) glyphs[i] = (ushort)i;
        var advances = new float[glyphs.Length];
        var bounds = new SKRect[glyphs.Length];
        font.GetGlyphWidths(glyphs, advances, bounds, null);
        for (int i = 0; i < glyphs.Length; i++)
        {
            advances[i] /= MeasureSize;
            var b = bounds[i];
            bounds[i] = new SKRect(b.Left / MeasureSize, b.Top / MeasureSize, b.Right / MeasureSize, b.Bottom / MeasureSize);
        }
        return new FontFace(bytes, data, typeface, advances, bounds, font.Metrics);
    }

    /// <summary>
    /// Unhinted, subpixel-positioned fonts: metrics then scale linearly with size, so layout
    /// from the em tables matches what Skia draws, in the PDF and in PNG previews alike.
    /// </summary>
    public static SKFont CreateFont(SKTypeface typeface, float size) => new(typeface, size)
    {
        Hinting = SKFontHinting.None,
        Subpixel = true,
        LinearMetrics = true,
        Edging = SKFontEdging.Antialias,
    };

    // Read once at load: a table for the Basic Multilingual Plane and a small dictionary for the few fonts
    // with characters beyond it. Lookups then touch no native code.
    private static (ushort[] Bmp, FrozenDictionary<int, ushort> Astral) ReadCharacterMap(SKTypeface typeface, byte[] bytes)
    {
        using var font = CreateFont(typeface, 12);
        var codePoints = new int[0x10000];
        for (int i = 0; i < codePoints.Length; i++) codePoints[i] = i;
        var bmp = new ushort[codePoints.Length];
        font.GetGlyphs(codePoints, bmp);
        return (bmp, AstralCharacterMap.Read(bytes).ToFrozenDictionary());
    }

    public void Dispose()
    {
        Typeface.Dispose();
        _data.Dispose();
    }
}
