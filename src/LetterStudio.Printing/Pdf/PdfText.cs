using System.Text;

namespace LetterStudio.Printing.Pdf;

/// <summary>
/// Plain text for the pages this library draws itself (marks, separators, the manifest) in the
/// standard Helvetica with WinAnsiEncoding: nothing to embed, and pdftotext/PdfPig read it back.
/// Characters outside WinAnsi are written as '?'.
/// </summary>
internal static class PdfText
{
    // Helvetica advance widths (Adobe AFM, 1/1000 em) for 32-126.
    private static readonly short[] AsciiWidths =
    [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ];

    // WinAnsi code points 0x80-0x9F that differ from Latin-1 (§D.2).
    private static readonly Dictionary<char, byte> WinAnsiExtras = new()
    {
        ['€'] = 0x80, ['‚'] = 0x82, ['ƒ'] = 0x83, ['„'] = 0x84, ['…'] = 0x85, ['†'] = 0x86, ['‡'] = 0x87, ['ˆ'] = 0x88,
        ['‰'] = 0x89, ['Š'] = 0x8A, ['‹'] = 0x8B, ['Œ'] = 0x8C, ['Ž'] = 0x8E, ['‘'] = 0x91, ['’'] = 0x92, ['“'] = 0x93,
        ['”'] = 0x94, ['•'] = 0x95, ['–'] = 0x96, ['—'] = 0x97, ['˜'] = 0x98, ['™'] = 0x99, ['š'] = 0x9A, ['›'] = 0x9B,
        ['œ'] = 0x9C, ['ž'] = 0x9E, ['Ÿ'] = 0x9F,
    };

    public static byte WinAnsi(char c) =>
        c is >= ' ' and <= '~' or >= '\u00A0' and <= '\u00FF' ? (byte)c
        : WinAnsiExtras.TryGetValue(c, out var b) ? b : (byte)'?';

    /// <summary>A PDF literal string "(...)" in WinAnsi, with (, ) and \ escaped.</summary>
    public static byte[] LiteralString(string text)
    {
        var bytes = new List<byte>(text.Length + 2) { (byte)'(' };
        foreach (var c in text)
        {
            var b = WinAnsi(c);
            if (b is (byte)'(' or (byte)')' or (byte)'\\') bytes.Add((byte)'\\');
            bytes.Add(b);
        }
        bytes.Add((byte)')');
        return [.. bytes];
    }

    /// <summary>Width of <paramref name="text"/> in Helvetica at <paramref name="size"/> points (bold is close enough for layout).</summary>
    public static double Width(string text, double size) =>
        text.Sum(c => c is >= ' ' and <= '~' ? AsciiWidths[c - ' '] : 556) * size / 1000;

    /// <summary>Shortens text to fit <paramref name="width"/>, ending it with "…".</summary>
    public static string Fit(string text, double size, double width)
    {
        if (Width(text, size) <= width) return text;
        while (text.Length > 1 && Width(text + "…", size) > width) text = text[..^1];
        return text.TrimEnd() + "…";
    }
}

/// <summary>Builds a page content stream (§8-9): a few drawing and text operators.</summary>
internal sealed class ContentBuilder
{
    private readonly StringBuilder _ops = new();
    private readonly List<byte> _bytes = [];

    public ContentBuilder Op(string operators)
    {
        Flush();
        _ops.Append(operators).Append('\n');
        return this;
    }

    public ContentBuilder Rect(double x, double y, double w, double h) =>
        Op(FormattableString.Invariant($"{x:0.###} {y:0.###} {w:0.###} {h:0.###} re"));

    /// <summary>Writes one line of text at (x, y) in the font resource <paramref name="font"/>.</summary>
    public ContentBuilder Text(string font, double size, double x, double y, string text)
    {
        Op(FormattableString.Invariant($"BT /{font} {size:0.##} Tf {x:0.###} {y:0.###} Td"));
        Flush();
        _bytes.AddRange(PdfText.LiteralString(text));
        _bytes.AddRange(" Tj ET\n"u8.ToArray());
        return this;
    }

    public byte[] ToBytes()
    {
        Flush();
        return [.. _bytes];
    }

    private void Flush()
    {
        if (_ops.Length == 0) return;
        _bytes.AddRange(Encoding.ASCII.GetBytes(_ops.ToString()));
        _ops.Clear();
    }
}
