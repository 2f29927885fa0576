using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace LetterStudio.Handwriting.Fonts;

/// <summary>One glyph out of HarfBuzz: its id, the UTF-16 offset of its cluster in the shaped text, advance and offsets in em (y up).</summary>
internal readonly record struct HarfBuzzGlyph(ushort Glyph, int Cluster, float AdvanceEm, float OffsetXEm, float OffsetYEm);

/// <summary>
/// Shapes text with HarfBuzz over a font held in memory: the hand's kerning (GPOS and the old kern
/// table), ligatures and contextual alternates, so a connected script joins as its designer meant.
/// A HarfBuzz font is not changed after it is made (hb_font_t is then safe to share), so one instance serves every thread; each call has its own buffer.
/// </summary>
internal sealed class HarfBuzzShaper : IDisposable
{
    // What a hand offers beyond the defaults HarfBuzz already applies (kern, liga, calt, clig are
    // on by default for Latin): named explicitly so a change of HarfBuzz defaults cannot drop them.
    private static readonly Feature[] Features =
    [
        new(Tag.Parse("kern")), new(Tag.Parse("liga")), new(Tag.Parse("clig")), new(Tag.Parse("calt")),
        new(Tag.Parse("rlig")), new(Tag.Parse("rclt")),
    ];

    private readonly Blob _blob;
    private readonly Face _face;
    private readonly Font _font;
    private readonly float _unitsPerEm;

    public HarfBuzzShaper(byte[] fontBytes)
    {
        // HarfBuzz reads the font in place for as long as the blob lives: give it native memory of its own,
        // which the garbage collector cannot move, freed when the blob is.
        var memory = Marshal.AllocHGlobal(fontBytes.Length);
        Marshal.Copy(fontBytes, 0, memory, fontBytes.Length);
        _blob = new Blob(memory, fontBytes.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(memory));
        _blob.MakeImmutable();
        _face = new Face(_blob, 0);
        _face.MakeImmutable();
        _font = new Font(_face);
        // Positions come back in font units; em is then units / unitsPerEm.
        _font.SetScale(_face.UnitsPerEm, _face.UnitsPerEm);
        _unitsPerEm = _face.UnitsPerEm;
    }

    /// <summary>Shapes <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>] in the context of the whole text; clusters are offsets into <paramref name="text"/>.</summary>
    public HarfBuzzGlyph[] Shape(string text, int start, int length)
    {
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.ClusterLevel = ClusterLevel.MonotoneCharacters;
        buffer.AddUtf16(text, start, length);
        buffer.Direction = Direction.LeftToRight;
        buffer.Script = Script.Latin;
        buffer.Language = Language.Default;
        _font.Shape(buffer, Features);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var glyphs = new HarfBuzzGlyph[infos.Length];
        for (int i = 0; i < glyphs.Length; i++)
        {
            var p = positions[i];
            glyphs[i] = new HarfBuzzGlyph((ushort)infos[i].Codepoint, (int)infos[i].Cluster,
                p.XAdvance / _unitsPerEm, p.XOffset / _unitsPerEm, p.YOffset / _unitsPerEm);
        }
        return glyphs;
    }

    public void Dispose()
    {
        _font.Dispose();
        _face.Dispose();
        _blob.Dispose();
    }
}
