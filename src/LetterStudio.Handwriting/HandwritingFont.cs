using System.Collections.Frozen;
using LetterStudio.Handwriting.Fonts;
using SkiaSharp;

namespace LetterStudio.Handwriting;

/// <summary>A bundled font from the manifest, loaded once: its hand file with every form of its letters, and its shaper.</summary>
public sealed class HandwritingFont
{
    // The character map, read once at load by the face.
    private readonly ushort[] _bmpGlyphs;
    private readonly FrozenDictionary<int, ushort> _astralGlyphs;
    private readonly FrozenDictionary<string, float> _sizes;

    internal HandwritingFont(ManifestFont entry, string fontsDirectory, bool isFallback)
    {
        Id = entry.Id;
        DisplayName = entry.DisplayName;
        FileName = entry.HandFile ?? entry.File;
        OriginalFileName = entry.File;
        Licence = entry.Licence;
        LicenceFile = entry.LicenceFile;
        Source = entry.Source;
        DefaultSize = entry.DefaultSize;
        LineSpacing = entry.LineSpacing;
        SignatureScale = entry.SignatureScale;
        Coverage = entry.Coverage;
        IsFallback = isFallback;
        IsConnected = entry.Connected;
        Neatness = entry.Neatness;
        SuitsSignature = entry.Signature;
        SignatureFontId = entry.SignatureFontId;
        Tuning = entry.Variation;
        _sizes = entry.Sizes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        Face = FontFace.Load(ResolveFile(fontsDirectory, FileName, Id));
        Forms = entry.FormsFile is null ? FormTable.None
            : FormTable.Read(ResolveFile(fontsDirectory, entry.FormsFile, Id), Face.AdvanceEm.Length);
        Shaper = new HarfBuzzShaper(Face.Bytes);
        (_bmpGlyphs, _astralGlyphs) = (Face.BmpGlyphs, Face.AstralGlyphs);
        var lowercase = Enumerable.Range('a', 26).Select(c => GlyphFor(c)).Where(g => g != 0).ToList();
        LetterAdvanceEm = lowercase.Count == 0 ? 0.45f : lowercase.Average(g => Face.AdvanceEm[g]);
        AscentEm = Math.Max(Face.AscentEm, -Face.InkEm.Min(r => r.Top));
        DescentEm = Math.Max(Face.DescentEm, Face.InkEm.Max(r => r.Bottom));
    }

    /// <summary>Manifest id, e.g. "kristi".</summary>
    public string Id { get; }

    /// <summary>Name shown to people.</summary>
    public string DisplayName { get; }

    /// <summary>The font file drawn from (the hand file with its forms when there is one), relative to the fonts folder.</summary>
    public string FileName { get; }

    /// <summary>The font file as fetched, before build_hands.py added forms and characters, relative to the fonts folder.</summary>
    public string OriginalFileName { get; }

    /// <summary>Licence name.</summary>
    public string Licence { get; }

    /// <summary>Licence text file, relative to the fonts folder.</summary>
    public string LicenceFile { get; }

    /// <summary>Where the font file came from.</summary>
    public string Source { get; }

    /// <summary>Default size in points (on A5).</summary>
    public float DefaultSize { get; }

    /// <summary>Distance between baselines as a multiple of the size.</summary>
    public float LineSpacing { get; }

    /// <summary>How much larger the signature is written.</summary>
    public float SignatureScale { get; }

    /// <summary>Covered characters as ranges, e.g. "U+0020-U+007E U+00A0-U+00FF".</summary>
    public string Coverage { get; }

    /// <summary>Most forms a glyph has besides itself (0 when the hand file holds no alternates).</summary>
    public int FormCount => Forms.MostForms - 1;

    /// <summary>True for a joined cursive hand: its letters connect, so nothing is spaced apart inside a word.</summary>
    public bool IsConnected { get; }

    /// <summary>1 (untidy) to 5 (very neat), from the catalogue.</summary>
    public int Neatness { get; }

    /// <summary>True when the hand suits a signature.</summary>
    public bool SuitsSignature { get; }

    /// <summary>The catalogue's default signature hand for letters in this hand; null signs in this hand.</summary>
    public string? SignatureFontId { get; }

    /// <summary>True for the plain font that supplies characters the hands lack.</summary>
    public bool IsFallback { get; }

    /// <summary>True when the font has a glyph for the character.</summary>
    public bool Covers(int codePoint) => GlyphFor(codePoint) != 0;

    /// <summary>
    /// The size a letter on <paramref name="paper"/> is written at by default: the catalogue's size for the
    /// paper, or the A5 default scaled by the paper's width against A5's when the catalogue gives none.
    /// </summary>
    public float DefaultSizeFor(PaperSize paper)
    {
        if (_sizes.TryGetValue(paper.ToString(), out var size)) return size;
        var (width, _) = Composition.PaperGeometry.Of(paper);
        var (a5Width, _) = Composition.PaperGeometry.Of(PaperSize.A5);
        return MathF.Round(DefaultSize * width / a5Width * 2) / 2;
    }

    internal HandTuning Tuning { get; }

    /// <summary>The hand file: every form of every glyph, one glyph id each.</summary>
    internal FontFace Face { get; }

    internal FormTable Forms { get; }

    internal HarfBuzzShaper Shaper { get; }

    /// <summary>The average advance of the hand's lowercase letters: how long a word of a few letters runs.</summary>
    internal float LetterAdvanceEm { get; }

    internal float AscentEm { get; }
    internal float DescentEm { get; }

    internal ushort GlyphFor(int codePoint) =>
        codePoint < _bmpGlyphs.Length ? _bmpGlyphs[codePoint] : _astralGlyphs.GetValueOrDefault(codePoint);

    internal void Dispose()
    {
        Shaper.Dispose();
        Face.Dispose();
    }

    private static string ResolveFile(string fontsDirectory, string file, string id)
    {
        var path = Path.Combine(fontsDirectory, file);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Font '{id}': file {path} is missing.", path);
    }
}
