using System.Text;

namespace LetterStudio.Printing.Pdf;

/// <summary>A parsed PDF object. Atoms keep their source bytes, so copying never re-encodes them.</summary>
internal abstract class PdfValue;

/// <summary>A number, string, boolean or null, kept as the bytes it was written with.</summary>
internal sealed class PdfAtom(ReadOnlyMemory<byte> raw) : PdfValue
{
    public static PdfAtom Null { get; } = new("null"u8.ToArray());

    public ReadOnlyMemory<byte> Raw { get; } = raw;

    public static PdfAtom Number(long value) => new(Encoding.ASCII.GetBytes(value.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public bool TryGetInt(out long value) =>
        System.Buffers.Text.Utf8Parser.TryParse(Raw.Span, out value, out var consumed) && consumed == Raw.Length;

    public bool TryGetDouble(out double value) =>
        System.Buffers.Text.Utf8Parser.TryParse(Raw.Span, out value, out var consumed) && consumed == Raw.Length;
}

/// <summary>A name, without its slash, as written (escapes kept).</summary>
internal sealed class PdfName(string name) : PdfValue
{
    public string Name { get; } = name;
}

/// <summary>An indirect reference into the document being read.</summary>
internal sealed class PdfRef(int number, int generation) : PdfValue
{
    public int Number { get; } = number;
    public int Generation { get; } = generation;
}

/// <summary>A reference to an object of the document being written: never renumbered.</summary>
internal sealed class PdfOutRef(int number) : PdfValue
{
    public int Number { get; } = number;
}

internal sealed class PdfArray(List<PdfValue> items) : PdfValue
{
    public List<PdfValue> Items { get; } = items;
}

/// <summary>A dictionary; keys keep their order, so output is as stable as input.</summary>
internal sealed class PdfDict(List<KeyValuePair<string, PdfValue>> entries) : PdfValue
{
    public PdfDict() : this([]) { }

    public List<KeyValuePair<string, PdfValue>> Entries { get; } = entries;

    public PdfValue? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
                if (entry.Key == key) return entry.Value;
            return null;
        }
        set
        {
            var index = Entries.FindIndex(e => e.Key == key);
            if (value is null)
            {
                if (index >= 0) Entries.RemoveAt(index);
            }
            else if (index >= 0) Entries[index] = new(key, value);
            else Entries.Add(new(key, value));
        }
    }

    public PdfDict Clone() => new([.. Entries]);

    public bool IsType(string type) => this["Type"] is PdfName name && name.Name == type;
}

/// <summary>An object read from a file: its value and, for a stream, where its bytes are.</summary>
internal sealed record SourceObject(PdfValue Value, ReadOnlyMemory<byte>? StreamData);
