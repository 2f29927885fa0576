namespace LetterStudio.Printing.Pdf;

/// <summary>
/// Copies every page of one source PDF into a <see cref="PdfOutput"/>: each page and everything it
/// references (fonts, content, graphics states) is written once under new numbers, references
/// outside streams are renumbered, stream bytes are copied verbatim. The source's own page tree
/// and catalog are left behind; pages join the output's tree.
/// </summary>
internal sealed class PageCopier
{
    /// <summary>Font resource name the overlay content uses for Helvetica.</summary>
    public const string MarkFont = "LSMark";

    private readonly PdfSource _source;
    private readonly Dictionary<int, int> _map = [];
    private readonly Queue<(int Number, SourceObject Object)> _pending = new();
    private readonly HashSet<int> _pageObjects;
    private readonly Dictionary<string, string> _subsetTags = [];
    private PdfOutput? _output;

    private PageCopier(PdfSource source, IReadOnlyList<SourcePage> pages)
    {
        _source = source;
        Pages = pages;
        _pageObjects = pages.Select(p => p.ObjectNumber).ToHashSet();
    }

    public PdfSource Source => _source;

    public IReadOnlyList<SourcePage> Pages { get; }

    /// <summary>How much of a PDF <see cref="Prepare"/> reads before anything is copied.</summary>
    public enum Check
    {
        /// <summary>The page tree only: for bytes already proved by their SHA-256 to be ones we wrote or rendered.</summary>
        Pages,
        /// <summary>Every object the pages use, so a damaged file fails before a byte of it reaches the output.</summary>
        Objects,
        /// <summary>
        /// Objects, and every Flate stream inflated: a damaged content stream copied verbatim would print garbage
        /// or stop a printer mid-job. For PDFs whose bytes nothing vouches for.
        /// </summary>
        Streams,
    }

    /// <summary>Reads the PDF's pages and, as <paramref name="check"/> asks, the objects they use.</summary>
    /// <exception cref="InvalidDataException">The file is damaged or uses a feature this reader does not handle.</exception>
    /// <param name="pdf">The file's bytes.</param>
    /// <param name="check">How much to read before copying.</param>
    public static PageCopier Prepare(ReadOnlyMemory<byte> pdf, Check check)
    {
        var source = PdfSource.Open(pdf);
        var copier = new PageCopier(source, SourcePages.Read(source));
        if (check != Check.Pages) copier.LoadEverything(inflateStreams: check == Check.Streams);
        return copier;
    }

    /// <summary>Copies the pages in order; <paramref name="overlay"/> gives content to draw on top of a page (by index), or null.</summary>
    public void CopyTo(PdfOutput output, Func<int, byte[]?> overlay)
    {
        _output = output;
        _map.Clear();
        _subsetTags.Clear();
        foreach (var page in Pages) _map[page.ObjectNumber] = output.Reserve();
        for (var i = 0; i < Pages.Count; i++)
        {
            CopyPage(Pages[i], overlay(i));
            Drain();
        }
        _output = null;
    }

    private void CopyPage(SourcePage page, byte[]? overlay)
    {
        var output = _output!;
        var number = _map[page.ObjectNumber];
        var dict = page.Dict.Clone();
        dict["Parent"] = new PdfOutRef(output.AddPage(number));
        dict["MediaBox"] = page.MediaBox;
        dict["CropBox"] = page.CropBox;
        dict["Rotate"] = page.Rotate;
        dict["Resources"] = page.Resources;
        if (overlay is not null)
        {
            var resources = _source.Resolve(page.Resources) is PdfDict r ? r.Clone() : new PdfDict();
            var fonts = _source.Resolve(resources["Font"]) is PdfDict f ? f.Clone() : new PdfDict();
            fonts[MarkFont] = output.StandardFont("Helvetica");
            resources["Font"] = fonts;
            dict["Resources"] = resources;
            // Wrapped in q/Q so whatever state the page's own content leaves does not move the mark.
            var open = new PdfOutRef(output.AddStream(new PdfDict(), "q\n"u8));
            var close = new PdfOutRef(output.AddStream(new PdfDict(), [.. "\nQ\n"u8, .. overlay]));
            var contents = new List<PdfValue> { open };
            switch (dict["Contents"])
            {
                case PdfArray array: contents.AddRange(array.Items); break;
                case PdfRef single: contents.Add(single); break;
            }
            contents.Add(close);
            dict["Contents"] = new PdfArray(contents);
        }
        output.WriteObject(number, dict, Map);
    }

    private void Drain()
    {
        while (_pending.TryDequeue(out var next))
        {
            var (source, obj) = next;
            var target = _map[source];
            if (obj.StreamData is { } data) _output!.WriteStream(target, (PdfDict)obj.Value, data.Span, Map);
            else _output!.WriteObject(target, obj.Value is PdfDict dict ? Retag(dict) : obj.Value, Map);
        }
    }

    /// <summary>
    /// Gives embedded font subsets tags unique in the output. Skia tags the subsets of every letter
    /// AAAAAA, BAAAAA, … so a combined file would hold many different fonts of one name, and some
    /// printers' interpreters cache fonts by name and would print one letter with another's glyphs.
    /// </summary>
    private PdfDict Retag(PdfDict dict)
    {
        var key = dict.IsType("Font") ? "BaseFont" : dict.IsType("FontDescriptor") ? "FontName" : null;
        if (key is null || dict[key] is not PdfName { Name: var name } || !IsSubsetName(name)) return dict;
        var oldTag = name[..6];
        if (!_subsetTags.TryGetValue(oldTag, out var newTag)) _subsetTags[oldTag] = newTag = _output!.NextSubsetTag();
        var copy = dict.Clone();
        copy[key] = new PdfName(newTag + name[6..]);
        return copy;
    }

    private static bool IsSubsetName(string name) => name.Length > 7 && name[6] == '+' && name[..6].All(char.IsAsciiLetterUpper);

    private int? Map(PdfRef reference)
    {
        if (_map.TryGetValue(reference.Number, out var known)) return known;
        var obj = _source.Get(reference.Number);
        if (IsTreeOrCatalog(obj)) return null;
        var number = _output!.Reserve();
        _map[reference.Number] = number;
        _pending.Enqueue((reference.Number, obj));
        return number;
    }

    private static bool IsTreeOrCatalog(SourceObject obj) => obj.Value is PdfDict d && (d.IsType("Pages") || d.IsType("Catalog"));

    private void LoadEverything(bool inflateStreams)
    {
        var seen = new HashSet<int>(_pageObjects);
        var stack = new Stack<PdfValue>();
        foreach (var page in Pages)
        {
            foreach (var (key, value) in page.Dict.Entries)
                if (key != "Parent") stack.Push(value);
            // Inherited attributes are written on each copied page, so they are checked too.
            foreach (var inherited in new[] { page.Resources, page.MediaBox, page.CropBox, page.Rotate })
                if (inherited is not null) stack.Push(inherited);
        }
        while (stack.TryPop(out var value))
        {
            switch (value)
            {
                case PdfRef reference when seen.Add(reference.Number):
                    var obj = _source.Get(reference.Number);
                    if (!IsTreeOrCatalog(obj)) stack.Push(obj.Value);
                    if (inflateStreams && obj.StreamData is { } data) StreamCheck.Inflate(reference.Number, (PdfDict)obj.Value, data);
                    break;
                case PdfArray array:
                    foreach (var item in array.Items) stack.Push(item);
                    break;
                case PdfDict dict:
                    foreach (var entry in dict.Entries) stack.Push(entry.Value);
                    break;
            }
        }
    }
}
