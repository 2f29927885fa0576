using System.Text;

namespace LetterStudio.Printing.Pdf;

/// <summary>
/// A PDF held in memory, read through its classic cross-reference table (what Skia and our own
/// writer produce). Files with a cross-reference
/// stream, object streams or encryption are refused with a clear reason; a table whose offsets do
/// not point at their objects is rebuilt by scanning for "n g obj", as most readers do.
/// Objects are parsed each time they are asked for and not kept: a part file holds thousands, and
/// keeping them until the part is done let them age into the oldest GC generation.
/// </summary>
internal sealed class PdfSource
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly Dictionary<int, long> _offsets = [];

    private PdfSource(ReadOnlyMemory<byte> data)
    {
        _data = data;
    }

    public PdfDict Trailer { get; private set; } = new();

    /// <summary>Opens a PDF and reads its page list.</summary>
    /// <exception cref="InvalidDataException">Not a PDF this reader handles; the message says why.</exception>
    public static PdfSource Open(ReadOnlyMemory<byte> data)
    {
        if (data.Length < 32 || !data.Span[..Math.Min(1024, data.Length)].StartsWith("%PDF-"u8))
            throw new InvalidDataException("not a PDF (no %PDF- header)");
        var source = new PdfSource(data);
        if (!source.TryReadXref()) source.Rebuild();
        if (source.Trailer["Encrypt"] is not null) throw new InvalidDataException("the PDF is encrypted");
        return source;
    }

    public SourceObject Get(int number)
    {
        if (!_offsets.TryGetValue(number, out var offset))
            throw new InvalidDataException($"object {number} is missing (object streams are not supported)");
        return ParseObjectAt(offset, number);
    }

    /// <summary>The value itself, or the object a reference points to.</summary>
    public PdfValue Resolve(PdfValue? value) => value switch
    {
        PdfRef reference => Get(reference.Number).Value,
        null => PdfAtom.Null,
        _ => value,
    };

    private SourceObject ParseObjectAt(long offset, int expected)
    {
        var parser = new PdfParser(_data) { Position = checked((int)offset) };
        var number = parser.ReadToken();
        parser.ReadToken();
        if (number != expected.ToString(System.Globalization.CultureInfo.InvariantCulture) || !parser.TryReadKeyword("obj"))
            throw new InvalidDataException($"object {expected} is not where the cross-reference table says (byte {offset})");
        var value = parser.ReadValue();
        if (value is not PdfDict dict || !parser.TryReadKeyword("stream"))
            return new SourceObject(value, null);
        return new SourceObject(value, StreamData(parser, dict, expected));
    }

    private ReadOnlyMemory<byte> StreamData(PdfParser parser, PdfDict dict, int number)
    {
        var span = _data.Span;
        var start = parser.Position;
        // The keyword "stream" is followed by CRLF or LF (§7.3.8.1); the data starts after it.
        if (start < span.Length && span[start] == '\r') start++;
        if (start < span.Length && span[start] == '\n') start++;
        var lengthValue = dict["Length"] is PdfRef lengthRef && lengthRef.Number != number ? Get(lengthRef.Number).Value : dict["Length"];
        if (lengthValue is PdfAtom atom && atom.TryGetInt(out var length) && length >= 0 && start + length <= span.Length
            && EndsStream(span, (int)(start + length)))
            return _data.Slice(start, (int)length);
        // A wrong /Length (hand-edited or badly repaired files): the data runs to the end-of-line
        // before "endstream", as every mainstream reader assumes. The copy then carries the true length.
        var end = span[start..].IndexOf("endstream"u8);
        if (end < 0) throw new InvalidDataException($"stream of object {number} has no endstream");
        end += start;
        if (end > start && span[end - 1] == '\n') end--;
        if (end > start && span[end - 1] == '\r') end--;
        return _data[start..end];
    }

    private static bool EndsStream(ReadOnlySpan<byte> span, int end)
    {
        while (end < span.Length && PdfParser.IsWhitespace(span[end])) end++;
        return span[end..].StartsWith("endstream"u8);
    }

    private bool TryReadXref()
    {
        var span = _data.Span;
        var tail = span[Math.Max(0, span.Length - 1024)..];
        var at = tail.LastIndexOf("startxref"u8);
        if (at < 0) return false;
        var parser = new PdfParser(_data) { Position = span.Length - tail.Length + at + "startxref".Length };
        if (!long.TryParse(parser.ReadToken(), out var xref)) return false;
        var seen = new HashSet<long>();
        while (xref > 0 && xref < span.Length && seen.Add(xref))
        {
            parser.Position = (int)xref;
            if (!parser.TryReadKeyword("xref"))
            {
                if (IsObjectHeader(parser))
                    throw new InvalidDataException("the PDF uses a compressed cross-reference stream, which is not supported");
                return false;
            }
            if (!ReadXrefSections(parser)) return false;
            if (!parser.TryReadKeyword("trailer") || parser.ReadValue() is not PdfDict trailer) return false;
            if (Trailer.Entries.Count == 0) Trailer = trailer;
            xref = trailer["Prev"] is PdfAtom prev && prev.TryGetInt(out var p) ? p : 0;
        }
        return Trailer.Entries.Count > 0 && _offsets.Count > 0 && OffsetsPointAtObjects();
    }

    private bool ReadXrefSections(PdfParser parser)
    {
        while (true)
        {
            var saved = parser.Position;
            if (!int.TryParse(parser.ReadToken(), out var first)) { parser.Position = saved; return true; }
            if (!int.TryParse(parser.ReadToken(), out var count) || count < 0) return false;
            for (var i = 0; i < count; i++)
            {
                if (!long.TryParse(parser.ReadToken(), out var offset) || !int.TryParse(parser.ReadToken(), out _)) return false;
                var kind = parser.ReadToken();
                // Later sections (read first) win over older ones reached through /Prev.
                if (kind == "n" && offset > 0) _offsets.TryAdd(first + i, offset);
                else if (kind is not ("n" or "f")) return false;
            }
        }
    }

    private static bool IsObjectHeader(PdfParser parser)
    {
        var saved = parser.Position;
        var ok = int.TryParse(parser.ReadToken(), out _) && int.TryParse(parser.ReadToken(), out _) && parser.TryReadKeyword("obj");
        parser.Position = saved;
        return ok;
    }

    private bool OffsetsPointAtObjects()
    {
        var parser = new PdfParser(_data);
        foreach (var (number, offset) in _offsets)
        {
            if (offset >= _data.Length) return false;
            parser.Position = (int)offset;
            if (parser.ReadToken() != number.ToString(System.Globalization.CultureInfo.InvariantCulture)) return false;
        }
        return true;
    }

    /// <summary>Finds every "n g obj" at the start of a line; the last definition of a number wins.</summary>
    private void Rebuild()
    {
        _offsets.Clear();
        var span = _data.Span;
        var parser = new PdfParser(_data);
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] is < (byte)'0' or > (byte)'9' || (i > 0 && span[i - 1] is not (10 or 13))) continue;
            parser.Position = i;
            if (int.TryParse(parser.ReadToken(), out var number) && int.TryParse(parser.ReadToken(), out _) && parser.TryReadKeyword("obj"))
                _offsets[number] = i;
        }
        var trailerAt = span.LastIndexOf("trailer"u8);
        if (trailerAt >= 0)
        {
            parser.Position = trailerAt + "trailer".Length;
            if (parser.ReadValue() is PdfDict trailer) Trailer = trailer;
        }
        if (Trailer["Root"] is null)
        {
            var catalog = _offsets.Keys.Order().FirstOrDefault(n => TryGetDict(n)?.IsType("Catalog") == true);
            if (catalog == 0) throw new InvalidDataException("no cross-reference table and no catalog found");
            Trailer = new PdfDict([new("Root", new PdfRef(catalog, 0))]);
        }
    }

    private PdfDict? TryGetDict(int number)
    {
        try
        {
            return Get(number).Value as PdfDict;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    public override string ToString() => Encoding.ASCII.GetString(_data.Span[..Math.Min(8, _data.Length)]);
}
