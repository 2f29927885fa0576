using System.Buffers.Binary;
using System.Text;

namespace LetterStudio.Handwriting.Fonts;

/// <summary>
/// Cuts a TrueType font down to the glyphs a document uses and numbers them afresh from 0.
/// Why: the SkiaSharp native build here embeds fonts whole (its PDF backend has no subsetter, so
/// "AAAAAA+" names hide complete font files: 760 KB for DejaVu Sans, 300 KB for a hand file with all
/// its forms). Handing Skia a font that holds only the used outlines makes the embedded font a real
/// subset and most of a one-page PDF's cost disappear. The glyphs are renumbered because a hand file
/// holds some 1,400 glyphs of which a letter uses about 100: keeping the ids would keep a loca and hmtx
/// entry for every one (11 KB per font per PDF, all of it deflated again for every letter). Outlines,
/// advances and the characters of the kept glyphs are unchanged; the drawer writes the new ids
/// (<see cref="FontSubset.GlyphIds"/>), so layout and text extraction are unaffected.
/// </summary>
internal static class TrueTypeSubsetter
{
    // Everything a PDF viewer needs to draw glyphs by id and Skia needs to name the font and map
    // glyphs back to text. Layout tables (GSUB, GPOS, kern...) and bitmaps are not needed in a PDF.
    private static readonly string[] KeptTables = ["OS/2", "cmap", "cvt ", "fpgm", "gasp", "head", "hhea", "hmtx", "maxp", "name", "prep"];

    private const ushort ArgsAreWords = 0x0001, HasScale = 0x0008, MoreComponents = 0x0020, HasXYScale = 0x0040, HasTwoByTwo = 0x0080;

    /// <summary>
    /// The font cut down to <paramref name="glyphs"/> (with .notdef and the components of composites), and for
    /// every old glyph id its new one (0 for a glyph left out). <paramref name="characters"/> is the font's
    /// character map (code point, glyph id), rewritten for the kept glyphs.
    /// </summary>
    public static FontSubset Subset(ReadOnlySpan<byte> font, IEnumerable<ushort> glyphs, IEnumerable<(int CodePoint, ushort Glyph)> characters)
    {
        var tables = ReadTableDirectory(font);
        var head = Table(font, tables, "head");
        int glyphCount = BinaryPrimitives.ReadUInt16BigEndian(Table(font, tables, "maxp")[4..]);
        bool longOffsets = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        var loca = Table(font, tables, "loca");
        var glyf = Table(font, tables, "glyf");

        var keep = Closure(glyf, loca, longOffsets, glyphCount, glyphs);
        var newIds = new ushort[glyphCount];
        var kept = new List<int>();
        for (int gid = 0; gid < glyphCount; gid++)
            if (keep[gid])
            {
                newIds[gid] = (ushort)kept.Count;
                kept.Add(gid);
            }
        var (newGlyf, offsets) = CopyGlyphs(glyf, loca, longOffsets, kept, newIds);
        bool shortLoca = newGlyf.Length <= 0x1FFFE;

        var hhea = Table(font, tables, "hhea").ToArray();
        int longMetrics = BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34));
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)kept.Count);
        var maxp = Table(font, tables, "maxp").ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)kept.Count);
        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["glyf"] = newGlyf,
            ["loca"] = WriteLoca(offsets, shortLoca),
            ["hmtx"] = Metrics(Table(font, tables, "hmtx"), longMetrics, kept),
            ["hhea"] = hhea,
            ["maxp"] = maxp,
            ["cmap"] = CharacterMap(characters.Where(c => c.Glyph < glyphCount && keep[c.Glyph]).Select(c => (c.CodePoint, newIds[c.Glyph]))),
            ["post"] = PostVersion3(Table(font, tables, "post")),
        };
        foreach (var tag in KeptTables)
            if (tables.ContainsKey(tag) && !output.ContainsKey(tag)) output[tag] = Table(font, tables, tag).ToArray();
        var newHead = output["head"];
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), (short)(shortLoca ? 0 : 1));
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0);
        return new FontSubset(Assemble(font[..4], output), newIds);
    }

    private static Dictionary<string, (int Offset, int Length)> ReadTableDirectory(ReadOnlySpan<byte> font)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        var tables = new Dictionary<string, (int, int)>(count);
        for (int i = 0; i < count; i++)
        {
            var record = font.Slice(12 + 16 * i, 16);
            tables[Encoding.ASCII.GetString(record[..4])] =
                ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }
        return tables;
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, Dictionary<string, (int Offset, int Length)> tables, string tag) =>
        tables.TryGetValue(tag, out var t) ? font.Slice(t.Offset, t.Length) : throw new InvalidDataException($"The font has no '{tag}' table.");

    private static (int Start, int End) GlyphRange(ReadOnlySpan<byte> loca, bool longOffsets, int gid) => longOffsets
        ? ((int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * gid)..]), (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * gid + 4)..]))
        : (2 * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * gid)..]), 2 * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * gid + 2)..]));

    /// <summary>The glyphs asked for, .notdef, and every component of a composite among them.</summary>
    private static bool[] Closure(ReadOnlySpan<byte> glyf, ReadOnlySpan<byte> loca, bool longOffsets, int glyphCount, IEnumerable<ushort> glyphs)
    {
        var keep = new bool[glyphCount];
        var pending = new Stack<int>(glyphs.Where(g => g < glyphCount).Select(g => (int)g).Append(0));
        while (pending.Count > 0)
        {
            int gid = pending.Pop();
            if (keep[gid]) continue;
            keep[gid] = true;
            var (start, end) = GlyphRange(loca, longOffsets, gid);
            if (end - start < 10 || BinaryPrimitives.ReadInt16BigEndian(glyf[start..]) >= 0) continue;
            int at = start + 10;
            ushort flags;
            do
            {
                flags = BinaryPrimitives.ReadUInt16BigEndian(glyf[at..]);
                int component = BinaryPrimitives.ReadUInt16BigEndian(glyf[(at + 2)..]);
                if (component < glyphCount) pending.Push(component);
                at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2)
                    + ((flags & HasScale) != 0 ? 2 : (flags & HasXYScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0);
            } while ((flags & MoreComponents) != 0);
        }
        return keep;
    }

    /// <summary>The kept glyphs' outlines in their new order, composites pointing at their components' new ids.</summary>
    private static (byte[] Glyf, int[] Offsets) CopyGlyphs(ReadOnlySpan<byte> glyf, ReadOnlySpan<byte> loca, bool longOffsets, List<int> kept, ushort[] newIds)
    {
        var offsets = new int[kept.Count + 1];
        int total = 0;
        foreach (int gid in kept)
        {
            var (start, end) = GlyphRange(loca, longOffsets, gid);
            total += (end - start + 3) & ~3;
        }
        var buffer = new byte[total];
        int at = 0;
        for (int i = 0; i < kept.Count; i++)
        {
            offsets[i] = at;
            var (start, end) = GlyphRange(loca, longOffsets, kept[i]);
            var outline = buffer.AsSpan(at, end - start);
            glyf[start..end].CopyTo(outline);
            if (outline.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(outline) < 0) Renumber(outline, newIds);
            // Short loca offsets count 2-byte words, so every glyph starts on an even byte; 4 keeps it aligned either way.
            at += (end - start + 3) & ~3;
        }
        offsets[kept.Count] = at;
        return (buffer, offsets);
    }

    private static void Renumber(Span<byte> composite, ushort[] newIds)
    {
        int at = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(composite[at..]);
            int component = BinaryPrimitives.ReadUInt16BigEndian(composite[(at + 2)..]);
            if (component < newIds.Length) BinaryPrimitives.WriteUInt16BigEndian(composite[(at + 2)..], newIds[component]);
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2)
                + ((flags & HasScale) != 0 ? 2 : (flags & HasXYScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0);
        } while ((flags & MoreComponents) != 0);
    }

    /// <summary>A full advance and left side bearing for every kept glyph (hmtx may give the last advance for a run of glyphs).</summary>
    private static byte[] Metrics(ReadOnlySpan<byte> hmtx, int longMetrics, List<int> kept)
    {
        var table = new byte[4 * kept.Count];
        for (int i = 0; i < kept.Count; i++)
        {
            int gid = kept[i];
            ushort advance = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(4 * Math.Min(gid, longMetrics - 1))..]);
            short bearing = BinaryPrimitives.ReadInt16BigEndian(gid < longMetrics ? hmtx[(4 * gid + 2)..] : hmtx[(4 * longMetrics + 2 * (gid - longMetrics))..]);
            BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(4 * i), advance);
            BinaryPrimitives.WriteInt16BigEndian(table.AsSpan(4 * i + 2), bearing);
        }
        return table;
    }

    /// <summary>A cmap with one format 12 subtable (Windows, full Unicode): runs of characters on consecutive glyphs.</summary>
    private static byte[] CharacterMap(IEnumerable<(int CodePoint, ushort Glyph)> characters)
    {
        var groups = new List<(int Start, int End, int Glyph)>();
        foreach (var (codePoint, glyph) in characters.OrderBy(c => c.CodePoint))
        {
            if (glyph == 0) continue;
            if (groups.Count > 0 && groups[^1].End + 1 == codePoint && groups[^1].Glyph + (codePoint - groups[^1].Start) == glyph)
                groups[^1] = groups[^1] with { End = codePoint };
            else groups.Add((codePoint, codePoint, glyph));
        }
        int length = 16 + 12 * groups.Count;
        var table = new byte[12 + length];
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(4), 3);
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(6), 10);
        BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(8), 12);
        var subtable = table.AsSpan(12);
        BinaryPrimitives.WriteUInt16BigEndian(subtable, 12);
        BinaryPrimitives.WriteUInt32BigEndian(subtable[4..], (uint)length);
        BinaryPrimitives.WriteUInt32BigEndian(subtable[12..], (uint)groups.Count);
        for (int g = 0; g < groups.Count; g++)
        {
            var group = subtable[(16 + 12 * g)..];
            BinaryPrimitives.WriteUInt32BigEndian(group, (uint)groups[g].Start);
            BinaryPrimitives.WriteUInt32BigEndian(group[4..], (uint)groups[g].End);
            BinaryPrimitives.WriteUInt32BigEndian(group[8..], (uint)groups[g].Glyph);
        }
        return table;
    }

    private static byte[] WriteLoca(int[] offsets, bool shortFormat)
    {
        var loca = new byte[offsets.Length * (shortFormat ? 2 : 4)];
        for (int i = 0; i < offsets.Length; i++)
        {
            if (shortFormat) BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(2 * i), (ushort)(offsets[i] / 2));
            else BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * i), (uint)offsets[i]);
        }
        return loca;
    }

    /// <summary>Version 3 keeps the post table's metrics and drops its glyph names, which a PDF never uses.</summary>
    private static byte[] PostVersion3(ReadOnlySpan<byte> post)
    {
        var table = post[..32].ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(table, 0x00030000);
        return table;
    }

    private static byte[] Assemble(ReadOnlySpan<byte> sfntVersion, SortedDictionary<string, byte[]> tables)
    {
        int count = tables.Count;
        int entrySelector = (int)Math.Floor(Math.Log2(count));
        int searchRange = (1 << entrySelector) * 16;
        int offset = 12 + 16 * count;
        int total = offset + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var font = new byte[total];
        sfntVersion.CopyTo(font);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)(count * 16 - searchRange));
        int record = 12, headOffset = 0;
        foreach (var (tag, data) in tables)
        {
            Encoding.ASCII.GetBytes(tag, font.AsSpan(record));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 4), Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 12), (uint)data.Length);
            data.CopyTo(font, offset);
            if (tag == "head") headOffset = offset;
            record += 16;
            offset += (data.Length + 3) & ~3;
        }
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + 8), 0xB1B0AFBA - Checksum(font));
        return font;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        int i = 0;
        for (; i + 4 <= data.Length; i += 4) sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        if (i < data.Length)
        {
            Span<byte> tail = stackalloc byte[4];
            tail.Clear();
            data[i..].CopyTo(tail);
            sum += BinaryPrimitives.ReadUInt32BigEndian(tail);
        }
        return sum;
    }
}

/// <summary>A cut-down font and, per glyph id of the whole font, the glyph's id in it (0 when left out).</summary>
internal sealed record FontSubset(byte[] Font, ushort[] GlyphIds);
