using System.Buffers.Binary;
using System.Text;

namespace LetterStudio.Handwriting.Fonts;

/// <summary>
/// Reads the characters beyond the Basic Multilingual Plane (emoji, historic scripts) straight from
/// a font's cmap table: only a format 12 subtable can hold them, and listing its groups is instant,
/// where asking Skia about each of the million code points took most of a second per library load.
/// </summary>
internal static class AstralCharacterMap
{
    public static Dictionary<int, ushort> Read(ReadOnlySpan<byte> font)
    {
        var map = new Dictionary<int, ushort>();
        int tableCount = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (int t = 0; t < tableCount; t++)
        {
            var record = font.Slice(12 + 16 * t, 16);
            if (Encoding.ASCII.GetString(record[..4]) != "cmap") continue;
            var cmap = font[(int)BinaryPrimitives.ReadUInt32BigEndian(record[8..])..];
            int subtables = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
            for (int s = 0; s < subtables; s++)
            {
                var entry = cmap.Slice(4 + 8 * s, 8);
                int platform = BinaryPrimitives.ReadUInt16BigEndian(entry), encoding = BinaryPrimitives.ReadUInt16BigEndian(entry[2..]);
                // Unicode full repertoire: Windows (3, 10) or Unicode platform (0, 4 or 6).
                if (!(platform == 3 && encoding == 10) && !(platform == 0 && encoding is 4 or 6)) continue;
                var subtable = cmap[(int)BinaryPrimitives.ReadUInt32BigEndian(entry[4..])..];
                if (BinaryPrimitives.ReadUInt16BigEndian(subtable) != 12) continue;
                uint groups = BinaryPrimitives.ReadUInt32BigEndian(subtable[12..]);
                for (int g = 0; g < groups; g++)
                {
                    var group = subtable.Slice(16 + 12 * g, 12);
                    uint start = BinaryPrimitives.ReadUInt32BigEndian(group), end = BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
                    uint glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
                    for (uint c = Math.Max(start, 0x10000); c <= end && c <= 0x10FFFF; c++)
                        if (glyph + (c - start) is > 0 and <= ushort.MaxValue and var id) map[(int)c] = (ushort)id;
                }
                return map;
            }
        }
        return map;
    }
}
