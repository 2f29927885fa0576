using System.Globalization;
using System.Text;

namespace LetterStudio.Printing.Pdf;

/// <summary>
/// Writes a PDF front to back: objects go to the stream as soon as they are complete, only their
/// offsets (8 bytes each) and the page list stay in memory. Finish writes the page tree, catalog,
/// a classic cross-reference table and the trailer. No dates and no /ID, so the same input gives
/// the same bytes.
/// </summary>
internal sealed class PdfOutput
{
    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _used;
    private long _flushed;
    private readonly List<long> _offsets = [0];
    private readonly PageTree _pages;
    private readonly Dictionary<string, int> _fonts = [];
    private int _subsetTags;

    public PdfOutput(Stream stream)
    {
        _stream = stream;
        // The binary comment line tells transfer tools the file is binary (§7.5.2).
        Raw("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"u8);
        _pages = new PageTree(this);
    }

    public int PageCount => _pages.Count;

    private long Position => _flushed + _used;

    public int Reserve()
    {
        _offsets.Add(0);
        return _offsets.Count - 1;
    }

    /// <summary>Registers a page object number and returns the page tree node it must name as /Parent.</summary>
    public int AddPage(int pageObject) => _pages.Add(pageObject);

    /// <summary>A standard-14 font (no embedding), written once per document.</summary>
    public PdfOutRef StandardFont(string baseFont)
    {
        if (!_fonts.TryGetValue(baseFont, out var number))
        {
            number = Reserve();
            WriteObject(number, new PdfDict([
                new("Type", new PdfName("Font")), new("Subtype", new PdfName("Type1")),
                new("BaseFont", new PdfName(baseFont)), new("Encoding", new PdfName("WinAnsiEncoding"))]), _ => null);
            _fonts[baseFont] = number;
        }
        return new PdfOutRef(number);
    }

    /// <summary>A font subset tag (§9.6.4: six capitals) not yet used in this document: AAAAAA, BAAAAA, …</summary>
    public string NextSubsetTag()
    {
        var tag = new char[6];
        var n = _subsetTags++;
        for (var i = 0; i < tag.Length; i++, n /= 26) tag[i] = (char)('A' + n % 26);
        return new string(tag);
    }

    public void WriteObject(int number, PdfValue value, Func<PdfRef, int?> map)
    {
        Begin(number);
        Write(value, map);
        Raw("\nendobj\n"u8);
    }

    /// <summary>Writes a stream object: its dictionary with the true /Length, then the bytes verbatim.</summary>
    public void WriteStream(int number, PdfDict dict, ReadOnlySpan<byte> data, Func<PdfRef, int?> map)
    {
        var copy = dict.Clone();
        copy["Length"] = PdfAtom.Number(data.Length);
        Begin(number);
        Write(copy, map);
        Raw("\nstream\n"u8);
        Raw(data);
        Raw("\nendstream\nendobj\n"u8);
    }

    public int AddStream(PdfDict dict, ReadOnlySpan<byte> data)
    {
        var number = Reserve();
        WriteStream(number, dict, data, _ => null);
        return number;
    }

    /// <summary>Writes the page tree, the catalog, the info dictionary, the cross-reference table and the trailer.</summary>
    public void Finish(string title)
    {
        var root = _pages.WriteTree();
        var catalog = Reserve();
        WriteObject(catalog, new PdfDict([new("Type", new PdfName("Catalog")), new("Pages", new PdfOutRef(root))]), _ => null);
        var info = Reserve();
        WriteObject(info, new PdfDict([
            new("Title", new PdfAtom(PdfText.LiteralString(title))),
            new("Producer", new PdfAtom(PdfText.LiteralString("LetterStudio Printing")))]), _ => null);
        var xref = Position;
        Ascii($"xref\n0 {_offsets.Count}\n");
        Raw("0000000000 65535 f \n"u8);
        for (var i = 1; i < _offsets.Count; i++)
        {
            if (_offsets[i] == 0) throw new InvalidOperationException($"object {i} was reserved but never written");
            Ascii(_offsets[i].ToString("0000000000", CultureInfo.InvariantCulture));
            Raw(" 00000 n \n"u8);
        }
        Ascii($"trailer\n<< /Size {_offsets.Count} /Root {catalog} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        FlushBuffer();
        _stream.Flush();
    }

    private void Begin(int number)
    {
        if (_offsets[number] != 0) throw new InvalidOperationException($"object {number} written twice");
        _offsets[number] = Position;
        Ascii(number.ToString(CultureInfo.InvariantCulture));
        Raw(" 0 obj\n"u8);
    }

    private void Write(PdfValue value, Func<PdfRef, int?> map)
    {
        switch (value)
        {
            case PdfAtom atom:
                Raw(atom.Raw.Span);
                break;
            case PdfName name:
                Raw("/"u8);
                Ascii(name.Name);
                break;
            case PdfOutRef outRef:
                Ascii(outRef.Number.ToString(CultureInfo.InvariantCulture));
                Raw(" 0 R"u8);
                break;
            case PdfRef reference:
                // A reference to something deliberately not copied (the source's page tree or catalog) becomes null.
                if (map(reference) is { } mapped)
                {
                    Ascii(mapped.ToString(CultureInfo.InvariantCulture));
                    Raw(" 0 R"u8);
                }
                else Raw("null"u8);
                break;
            case PdfArray array:
                Raw("["u8);
                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (i > 0) Raw(" "u8);
                    Write(array.Items[i], map);
                }
                Raw("]"u8);
                break;
            case PdfDict dict:
                Raw("<<"u8);
                foreach (var (key, item) in dict.Entries)
                {
                    Raw("/"u8);
                    Ascii(key);
                    Raw(" "u8);
                    Write(item, map);
                    Raw("\n"u8);
                }
                Raw(">>"u8);
                break;
            default:
                throw new InvalidOperationException($"cannot write {value.GetType().Name}");
        }
    }

    private void Ascii(string text)
    {
        Span<byte> bytes = text.Length <= 256 ? stackalloc byte[text.Length] : new byte[text.Length];
        Encoding.Latin1.GetBytes(text, bytes);
        Raw(bytes);
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0)
        {
            if (_used == _buffer.Length) FlushBuffer();
            var n = Math.Min(bytes.Length, _buffer.Length - _used);
            bytes[..n].CopyTo(_buffer.AsSpan(_used));
            _used += n;
            bytes = bytes[n..];
        }
    }

    private void FlushBuffer()
    {
        _stream.Write(_buffer, 0, _used);
        _flushed += _used;
        _used = 0;
    }

    /// <summary>
    /// A balanced page tree built as pages arrive: each run of 64 pages gets a leaf node whose number
    /// is reserved up front (the pages name it as /Parent), upper levels are added at the end.
    /// </summary>
    private sealed class PageTree(PdfOutput output)
    {
        private const int Fanout = 64;
        private readonly List<(int Node, List<int> Kids)> _leaves = [];

        public int Count { get; private set; }

        public int Add(int page)
        {
            if (_leaves.Count == 0 || _leaves[^1].Kids.Count == Fanout) _leaves.Add((output.Reserve(), []));
            _leaves[^1].Kids.Add(page);
            Count++;
            return _leaves[^1].Node;
        }

        public int WriteTree()
        {
            // Each level: (node number, kids, page count); parents are reserved before children are written.
            var level = _leaves.Select(l => (l.Node, l.Kids, Pages: l.Kids.Count)).ToList();
            var parents = new Dictionary<int, int>();
            var all = new List<(int Node, List<int> Kids, int Pages)>(level);
            while (level.Count > 1 || level.Count == 0)
            {
                var up = level.Chunk(Fanout).Select(chunk => (Node: output.Reserve(), Kids: chunk.Select(c => c.Node).ToList(), Pages: chunk.Sum(c => c.Pages))).ToList();
                if (level.Count == 0) up = [(output.Reserve(), [], 0)];
                foreach (var node in up)
                    foreach (var kid in node.Kids) parents[kid] = node.Node;
                all.AddRange(up);
                level = up;
            }
            foreach (var (node, kids, pages) in all)
            {
                var dict = new PdfDict([new("Type", new PdfName("Pages"))]);
                if (parents.TryGetValue(node, out var parent)) dict["Parent"] = new PdfOutRef(parent);
                dict["Kids"] = new PdfArray(kids.Select(k => (PdfValue)new PdfOutRef(k)).ToList());
                dict["Count"] = PdfAtom.Number(pages);
                output.WriteObject(node, dict, _ => null);
            }
            return level[0].Node;
        }
    }
}
