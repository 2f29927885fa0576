using System.Globalization;
using LetterStudio.Handwriting;

namespace LetterStudio.Printing.Tests;

/// <summary>Letters rendered by the real engine with the bundled fonts, each with a word of its own to find it by.</summary>
internal static class TestLetters
{
    private static readonly Lazy<HandwritingRenderer> SharedRenderer = new(() => new HandwritingRenderer(FontLibrary.Load(FontLibrary.DefaultDirectory)));

    public static HandwritingRenderer Renderer => SharedRenderer.Value;

    public static readonly IReadOnlyList<string> ReturnAddress = ["LetterStudio", "1 Quill Lane", "Bath BA1 1AA"];

    private const string Sentence = "We walked along the harbour wall and watched the boats come in with the evening tide.";

    /// <summary>A letter of about <paramref name="pages"/> A5 pages whose salutation names <paramref name="sequence"/> in words.</summary>
    public static byte[] Pdf(int sequence, int pages, out int pageCount)
    {
        var letter = new Letter
        {
            Salutation = $"Dear {Marker(sequence)},",
            Paragraphs = Enumerable.Range(0, pages switch { 1 => 1, 2 => 5, _ => 9 })
                .Select(_ => string.Join(' ', Enumerable.Repeat(Sentence, 3))).ToList(),
            Closing = "With love,",
            Signature = "Eleanor",
        };
        using var output = new MemoryStream();
        pageCount = Renderer.RenderPdf(letter, new RenderOptions { Seed = sequence }, output).PageCount;
        return output.ToArray();
    }

    /// <summary>A made-up name unique to the letter, e.g. "Reader Kq" for 7: letters only, so every hand covers it.</summary>
    public static string Marker(int sequence)
    {
        var word = "";
        for (var n = sequence; n > 0 || word.Length == 0; n /= 26) word = (char)('a' + n % 26) + word;
        return "Reader Z" + word;
    }

    public static BatchLetter Letter(int sequence, string group, bool startsGroup, int pages)
    {
        var pdf = Pdf(sequence, pages, out var pageCount);
        var name = $"Ann {Marker(sequence)}";
        string[] address = [$"{sequence} High Street", "London SW1A 1AA"];
        return new BatchLetter(sequence, 1000 + sequence, $"LS-{1000 + sequence:000000}", group, $"A5 · {group} · blue-black ink", startsGroup,
            pageCount, pdf, new EnvelopeRequest([name, .. address], EnvelopeSize.DL, null, InkColor.BlueBlack, sequence), name, address);
    }

    public static BatchSettings Settings(bool duplex) => new(17, duplex, "A5 mixed", ReturnAddress);

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
