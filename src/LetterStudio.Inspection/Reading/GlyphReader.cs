using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Tokens;

namespace LetterStudio.Inspection.Reading;

/// <summary>
/// Reads every drawn glyph of a PDF page with its glyph id, position, outline box, font, size and fill colour.
/// PdfPig's <see cref="Letter"/> has all but the glyph id, so the id comes from the page's own show-text operations:
/// PdfPig numbers each letter with the show-text operation that drew it (<see cref="Letter.TextSequence"/>), and the
/// operation's string holds one code per letter (two bytes with the Identity-H fonts the engine writes, one with a
/// simple font). With Identity-H the code is the glyph id.
/// </summary>
internal static class GlyphReader
{
    public static IReadOnlyList<InkGlyph> Read(Page page)
    {
        var codes = CodesBySequence(page);
        var glyphs = new List<InkGlyph>(page.Letters.Count);
        foreach (var group in page.Letters.GroupBy(l => l.TextSequence))
        {
            var letters = group.ToList();
            var ids = codes.TryGetValue(group.Key, out var bytes) ? Split(bytes, letters.Count) : null;
            for (int i = 0; i < letters.Count; i++)
                glyphs.Add(ToGlyph(letters[i], ids?[i], page.Number));
        }
        return glyphs;
    }

    private static InkGlyph ToGlyph(Letter letter, int? glyphId, int page)
    {
        var (r, g, b) = letter.FillColor?.ToRGBValues() ?? (0, 0, 0);
        return new InkGlyph(letter.Value, glyphId, letter.FontName ?? "", letter.PointSize,
            letter.StartBaseLine.X, letter.StartBaseLine.Y, letter.EndBaseLine.X, letter.EndBaseLine.Y,
            Bounds(letter.BoundingBox), (r, g, b), page);
    }

    // The glyph rectangle of a rotated glyph is a rotated rectangle: its corners give the page-space bounds.
    private static InkBox Bounds(PdfRectangle r)
    {
        PdfPoint[] corners = [r.BottomLeft, r.BottomRight, r.TopLeft, r.TopRight];
        return new InkBox(corners.Min(p => p.X), corners.Min(p => p.Y), corners.Max(p => p.X), corners.Max(p => p.Y));
    }

    /// <summary>The codes one show-text operation draws: 2 bytes each when the string is twice as long as the letters it drew.</summary>
    private static int[]? Split(byte[] bytes, int letters)
    {
        int width = bytes.Length == 2 * letters ? 2 : bytes.Length == letters ? 1 : 0;
        if (width == 0) return null;
        var ids = new int[letters];
        for (int i = 0; i < letters; i++)
            ids[i] = width == 2 ? bytes[2 * i] << 8 | bytes[2 * i + 1] : bytes[i];
        return ids;
    }

    /// <summary>
    /// The bytes of each show-text operation of the page's own content, keyed by the sequence number PdfPig gives the
    /// letters it drew. Text drawn inside form XObjects is numbered too but is not in the page's operations: where a
    /// string's length does not match the letters it drew, no ids are given and forms are compared by outline boxes.
    /// </summary>
    private static Dictionary<int, byte[]> CodesBySequence(Page page)
    {
        var shows = new List<byte[]>();
        foreach (IGraphicsStateOperation op in page.Operations)
        {
            switch (op)
            {
                case ShowText tj: shows.Add(tj.Bytes.ToArray()); break;
                case MoveToNextLineShowText quote: shows.Add(quote.Bytes.ToArray()); break;
                case MoveToNextLineShowTextWithSpacing quotes: shows.Add(quotes.Bytes.ToArray()); break;
                case ShowTextsWithPositioning tjArray:
                    shows.Add(tjArray.Array.SelectMany(Bytes).ToArray());
                    break;
            }
        }
        // PdfPig numbers the show-text operations from 1, in the order the content runs them.
        var result = new Dictionary<int, byte[]>();
        foreach (var sequence in page.Letters.Select(l => l.TextSequence).Distinct())
            if (sequence >= 1 && sequence <= shows.Count)
                result[sequence] = shows[sequence - 1];
        return result;
    }

    private static IEnumerable<byte> Bytes(IToken token) => token switch
    {
        HexToken hex => hex.Bytes.ToArray(),
        StringToken text => text.GetBytes(),
        _ => [],
    };
}
