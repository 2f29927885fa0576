using System.Collections.Frozen;
using LetterStudio.Handwriting.Fonts;
using SkiaSharp;

namespace LetterStudio.Handwriting;

/// <summary>A bundled font from the manifest, loaded once with its variant forms.</summary>
public sealed class HandwritingFont
{
    // The character map is read once at load: a table for the Basic Multilingual Plane and a
    // small dictionary for the few fonts with characters beyond it. Lookups then touch no native code.
    private readonly ushort[] _bmpGlyphs;
    private readonly FrozenDictionary<int, ushort> _astralGlyphs;

    internal HandwritingFont(ManifestFont entry, string fontsDirectory, bool isFallback)
    {
        Id = entry.Id;
        DisplayName = entry.DisplayName;
        FileName = entry.File;
        Licence = entry.Licence;
        LicenceFile = entry.LicenceFile;
        Source = entry.Source;
        DefaultSize = entry.DefaultSize;
        LineSpacing = entry.LineSpacing;
        SignatureScale = entry.SignatureScale;
        Coverage = entry.Coverage;
        IsFallback = isFallback;
        Tuning = entry.Variation;
        if (!isFallback && entry.VariantFiles.Count != entry.Variation.Forms)
            throw new InvalidDataException(
                $"Font '{Id}' asks for {entry.Variation.Forms} variant forms but lists {entry.VariantFiles.Count}; run fonts/tools/make_variants.py.");

        var files = new List<string> { entry.File };
        files.AddRange(entry.VariantFiles);
        Faces = files.Select((file, form) => FontFace.Load(ResolveFile(fontsDirectory, file, Id), form)).ToArray();
        (_bmpGlyphs, _astralGlyphs) = ReadCharacterMap(Faces[0]);
        InkUnionEm = UnionOfForms(Faces);
        AscentEm = Math.Max(Faces[0].AscentEm, -InkUnionEm.Min(r => r.Top));
        DescentEm = Math.Max(Faces[0].DescentEm, InkUnionEm.Max(r => r.Bottom));
    }

    /// <summary>Manifest id, e.g. "kristi".</summary>
    public string Id { get; }

    /// <summary>Name shown to people.</summary>
    public string DisplayName { get; }

    /// <summary>Font file, relative to the fonts folder.</summary>
    public string FileName { get; }

    /// <summary>Licence name.</summary>
    public string Licence { get; }

    /// <summary>Licence text file, relative to the fonts folder.</summary>
    public string LicenceFile { get; }

    /// <summary>Where the font file came from.</summary>
    public string Source { get; }

    /// <summary>Default size in points.</summary>
    public float DefaultSize { get; }

    /// <summary>Distance between baselines as a multiple of the size.</summary>
    public float LineSpacing { get; }

    /// <summary>How much larger the signature is written.</summary>
    public float SignatureScale { get; }

    /// <summary>Covered characters as ranges, e.g. "U+0020-U+007E U+00A0-U+00FF".</summary>
    public string Coverage { get; }

    /// <summary>Number of variant forms besides the font itself.</summary>
    public int FormCount => Faces.Length - 1;

    /// <summary>True for the plain font that supplies characters the hands lack.</summary>
    public bool IsFallback { get; }

    /// <summary>True when the font has a glyph for the character.</summary>
    public bool Covers(int codePoint) => GlyphFor(codePoint) != 0;

    internal HandTuning Tuning { get; }

    /// <summary>The font itself at [0], its variant copies after it. All share the glyph ids and advances.</summary>
    internal FontFace[] Faces { get; }

    /// <summary>Per glyph id, the union of its outline bounds over all forms: what any form may cover.</summary>
    internal SKRect[] InkUnionEm { get; }

    internal float AscentEm { get; }
    internal float DescentEm { get; }

    internal ushort GlyphFor(int codePoint) =>
        codePoint < _bmpGlyphs.Length ? _bmpGlyphs[codePoint] : _astralGlyphs.GetValueOrDefault(codePoint);

    private static (ushort[] Bmp, FrozenDictionary<int, ushort> Astral) ReadCharacterMap(FontFace face)
    {
        using var font = FontFace.CreateFont(face.Typeface, 12);
        var codePoints = new int[0x10000];
        for (int i = 0; i < codePoints.Length; i++) codePoints[i] = i;
        var bmp = new ushort[codePoints.Length];
        font.GetGlyphs(codePoints, bmp);
        return (bmp, AstralCharacterMap.Read(face.Bytes).ToFrozenDictionary());
    }

    private static string ResolveFile(string fontsDirectory, string file, string id)
    {
        var path = Path.Combine(fontsDirectory, file);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Font '{id}': file {path} is missing.", path);
    }

    private static SKRect[] UnionOfForms(FontFace[] faces)
    {
        var union = (SKRect[])faces[0].InkEm.Clone();
        foreach (var face in faces.Skip(1))
        {
            if (face.InkEm.Length != union.Length)
                throw new InvalidDataException($"Variant form {face.Form} has a different glyph count from its base font.");
            for (int g = 0; g < union.Length; g++)
                union[g] = union[g].IsEmpty ? face.InkEm[g] : face.InkEm[g].IsEmpty ? union[g] : SKRect.Union(union[g], face.InkEm[g]);
        }
        return union;
    }
}
