using LetterStudio.Handwriting;

namespace LetterStudio.Printing.Bench;

/// <summary>
/// Rendered letters kept on disk, as the studio keeps them in its database: the batch reads each
/// part's letters when it writes that part, so the letters never all sit in memory at once.
/// </summary>
internal sealed class LetterStore(string folder)
{
    private const string Sentence = "I was sorting through old boxes last week and found the photographs from our trip to the coast.";

    /// <summary>Each letter's file, pages and SHA-256 as recorded at rendering (the studio's LetterDocument.Sha256).</summary>
    public List<(string Path, int Pages, string Sha256)> Letters { get; } = [];

    /// <summary>Renders letters of 1, 2 and 3 pages in turn, each its own seed, and returns the pages written.</summary>
    public int Render(HandwritingRenderer renderer, int count)
    {
        Directory.CreateDirectory(folder);
        var pages = 0;
        for (var i = 0; i < count; i++)
        {
            var letter = new Letter
            {
                Date = "12 March 2026",
                Salutation = $"Dear friend number {i + 1},",
                Paragraphs = Enumerable.Range(0, (i % 3) switch { 0 => 2, 1 => 6, _ => 10 }).Select(_ => string.Join(' ', Enumerable.Repeat(Sentence, 3))).ToList(),
                Closing = "With warmest wishes,",
                Signature = "Eleanor",
            };
            var path = Path.Combine(folder, $"letter-{i + 1:00000}.pdf");
            using var pdf = new MemoryStream();
            var result = renderer.RenderPdf(letter, new RenderOptions { FontId = renderer.Fonts.Fonts[i % renderer.Fonts.Fonts.Count].Id, Seed = i + 1 }, pdf);
            File.WriteAllBytes(path, pdf.ToArray());
            Letters.Add((path, result.PageCount, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf.ToArray()))));
            pages += result.PageCount;
        }
        return pages;
    }

    /// <summary>Letter <paramref name="sequence"/> of a batch (from 1), drawn from the store in turn.</summary>
    public BatchLetter Load(int sequence, int lettersPerGroup, IReadOnlyList<HandwritingFont> fonts)
    {
        var index = (sequence - 1) % Letters.Count;
        var (path, pages, sha256) = Letters[index];
        var group = (sequence - 1) / lettersPerGroup;
        string[] address = [$"{sequence} Harbour Road", "Whitby YO21 3PU", "United Kingdom"];
        var name = $"Margaret Example {sequence}";
        return new BatchLetter(sequence, 100_000 + sequence, $"LS-{100_000 + sequence:000000}", $"g{group}", $"A5 · cream laid · group {group}",
            StartsGroup: (sequence - 1) % lettersPerGroup == 0, pages, File.ReadAllBytes(path),
            new EnvelopeRequest([name, .. address], EnvelopeSize.DL, fonts[index % fonts.Count].Id, InkColor.BlueBlack, sequence),
            name, address, sha256);
    }
}
