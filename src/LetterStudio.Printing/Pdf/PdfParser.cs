using System.Text;

namespace LetterStudio.Printing.Pdf;

/// <summary>
/// Reads PDF values from a byte buffer (PDF 32000-1 §7.2-7.3): enough syntax for the files our
/// engine and this copier write, strict about structure so a damaged file is refused, not guessed at.
/// </summary>
internal sealed class PdfParser(ReadOnlyMemory<byte> data)
{
    private const int MaxDepth = 64;

    public ReadOnlyMemory<byte> Data { get; } = data;

    public int Position { get; set; }

    public static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public void SkipWhitespace()
    {
        var span = Data.Span;
        while (Position < span.Length)
        {
            var b = span[Position];
            if (IsWhitespace(b)) Position++;
            else if (b == '%')
                while (Position < span.Length && span[Position] is not (10 or 13)) Position++;
            else break;
        }
    }

    /// <summary>Reads a bare keyword or number token (e.g. "obj", "12").</summary>
    public string ReadToken()
    {
        SkipWhitespace();
        var span = Data.Span;
        var start = Position;
        while (Position < span.Length && !IsWhitespace(span[Position]) && !IsDelimiter(span[Position])) Position++;
        return Encoding.ASCII.GetString(span[start..Position]);
    }

    public bool TryReadKeyword(string keyword)
    {
        var saved = Position;
        if (ReadToken() == keyword) return true;
        Position = saved;
        return false;
    }

    public PdfValue ReadValue() => ReadValue(0);

    private PdfValue ReadValue(int depth)
    {
        if (depth > MaxDepth) throw Error("objects nested too deeply");
        SkipWhitespace();
        var span = Data.Span;
        if (Position >= span.Length) throw Error("unexpected end of file");
        var b = span[Position];
        switch (b)
        {
            case (byte)'/':
                return ReadName();
            case (byte)'(':
                return ReadLiteralString();
            case (byte)'[' when NumbersOnly(span, Position) is var end and > 0:
                // A long array of numbers only (a font's glyph widths, nested or not) holds no reference to renumber
                // and nothing anyone reads: kept as its bytes, it is copied verbatim instead of being parsed into
                // hundreds of values and written back. Copying parts spent a quarter of its time growing those lists.
                var start = Position;
                Position = end;
                return new PdfAtom(Data[start..end]);
            case (byte)'[':
                Position++;
                var items = new List<PdfValue>();
                while (true)
                {
                    SkipWhitespace();
                    if (Position >= span.Length) throw Error("unterminated array");
                    if (span[Position] == ']') { Position++; return new PdfArray(items); }
                    items.Add(ReadValue(depth + 1));
                }
            case (byte)'<' when Position + 1 < span.Length && span[Position + 1] == '<':
                Position += 2;
                var entries = new List<KeyValuePair<string, PdfValue>>();
                while (true)
                {
                    SkipWhitespace();
                    if (Position + 1 >= span.Length) throw Error("unterminated dictionary");
                    if (span[Position] == '>' && span[Position + 1] == '>') { Position += 2; return new PdfDict(entries); }
                    if (ReadValue(depth + 1) is not PdfName key) throw Error("dictionary key is not a name");
                    entries.Add(new(key.Name, ReadValue(depth + 1)));
                }
            case (byte)'<':
                var hexStart = Position;
                var close = span[Position..].IndexOf((byte)'>');
                if (close < 0) throw Error("unterminated hex string");
                // A damaged byte inside a hex string would be copied into the part as is and break it there.
                foreach (var digit in span.Slice(Position + 1, close - 1))
                    if (!(char.IsAsciiHexDigit((char)digit) || digit is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0))
                        throw Error("invalid character in a hex string");
                Position += close + 1;
                return new PdfAtom(Data[hexStart..Position]);
            default:
                return ReadNumberOrKeyword();
        }
    }

    /// <summary>Arrays shorter than this are parsed as usual: boxes and matrices are read by the copier.</summary>
    private const int RawArrayMinLength = 128;

    /// <summary>
    /// The position just past the array starting at <paramref name="start"/> if it is at least
    /// <see cref="RawArrayMinLength"/> bytes of digits, signs, points, whitespace and nested brackets only; otherwise 0.
    /// </summary>
    private static int NumbersOnly(ReadOnlySpan<byte> span, int start)
    {
        var depth = 0;
        for (var i = start; i < span.Length; i++)
        {
            var b = span[i];
            if (b == '[') depth++;
            else if (b == ']')
            {
                if (--depth == 0) return i + 1 - start >= RawArrayMinLength ? i + 1 : 0;
            }
            else if (!(b is >= (byte)'0' and <= (byte)'9' or (byte)'.' or (byte)'-' or (byte)'+') && !IsWhitespace(b)) return 0;
        }
        return 0;
    }

    private PdfName ReadName()
    {
        var span = Data.Span;
        var start = ++Position;
        while (Position < span.Length && !IsWhitespace(span[Position]) && !IsDelimiter(span[Position])) Position++;
        return new PdfName(Encoding.Latin1.GetString(span[start..Position]));
    }

    private PdfAtom ReadLiteralString()
    {
        var span = Data.Span;
        var start = Position++;
        var depth = 1;
        while (Position < span.Length)
        {
            var b = span[Position++];
            if (b == '\\') Position++;
            else if (b == '(') depth++;
            else if (b == ')' && --depth == 0) return new PdfAtom(Data[start..Position]);
        }
        throw Error("unterminated string");
    }

    private PdfValue ReadNumberOrKeyword()
    {
        var span = Data.Span;
        var start = Position;
        while (Position < span.Length && !IsWhitespace(span[Position]) && !IsDelimiter(span[Position])) Position++;
        if (Position == start) throw Error($"unexpected '{(char)span[Position]}'");
        var token = Data[start..Position];
        var atom = new PdfAtom(token);
        if (atom.TryGetInt(out var number) && number >= 0 && number <= int.MaxValue)
        {
            // "n g R" is a reference: look ahead without consuming unless all three match.
            var saved = Position;
            var generation = ReadToken();
            if (int.TryParse(generation, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var gen)
                && TryReadKeyword("R"))
                return new PdfRef((int)number, gen);
            Position = saved;
            return atom;
        }
        var text = token.Span;
        if (text.SequenceEqual("true"u8) || text.SequenceEqual("false"u8) || text.SequenceEqual("null"u8) || atom.TryGetDouble(out _))
            return atom;
        throw Error($"unexpected token '{Encoding.ASCII.GetString(text)}'");
    }

    public InvalidDataException Error(string what) => new($"{what} at byte {Position}");
}
