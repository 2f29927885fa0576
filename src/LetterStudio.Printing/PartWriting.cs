using System.Globalization;
using System.Security.Cryptography;
using LetterStudio.Handwriting;
using LetterStudio.Printing.Pdf;

namespace LetterStudio.Printing;

/// <summary>One run of <see cref="BatchPartWriter.WritePart"/>: both files written side by side, letter by letter.</summary>
internal sealed class PartWriting(HandwritingRenderer renderer, BatchSettings settings, string directory, int partNumber)
{
    private readonly List<PlacedLetter> _placed = [];
    private readonly List<LetterFailure> _failures = [];
    private int _sheets, _pages;

    public PartFiles Run(IReadOnlyList<BatchLetter> letters, IProgress<int>? lettersDone, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        using var lettersFile = new AtomicFile(Path.Combine(directory, BatchPartWriter.LettersFileName(partNumber)));
        var envelopesFile = new AtomicFile(Path.Combine(directory, BatchPartWriter.EnvelopesFileName(partNumber)));
        try
        {
            var output = new PdfOutput(lettersFile);
            using (var envelopes = renderer.CreateDocument(envelopesFile,
                       new DocumentInfo(string.Create(CultureInfo.InvariantCulture, $"Envelopes, batch {settings.BatchId} part {partNumber}"), "LetterStudio")))
            {
                string? separatorFor = null;
                for (var i = 0; i < letters.Count; i++)
                {
                    ct.ThrowIfCancellationRequested();
                    var letter = letters[i];
                    // A group's separator waits for its first letter that is actually printed.
                    if (letter.StartsGroup) separatorFor = letter.GroupKey;
                    if (Write(output, envelopes, letter, separatorFor == letter.GroupKey ? GroupEnd(letters, i) : null))
                        separatorFor = null;
                    lettersDone?.Report(i + 1);
                }
                if (_placed.Count > 0) envelopes.Close();
            }
            output.Finish(string.Create(CultureInfo.InvariantCulture, $"Letters, batch {settings.BatchId} part {partNumber}"));
            var lettersPdf = lettersFile.Commit(output.PageCount);
            OutputFile envelopesPdf;
            if (_placed.Count > 0) envelopesPdf = envelopesFile.Commit(_placed.Count);
            else
            {
                // Skia writes nothing valid for a document without pages: write an empty PDF of our own.
                envelopesFile.Dispose();
                envelopesFile = new AtomicFile(Path.Combine(directory, BatchPartWriter.EnvelopesFileName(partNumber)));
                new PdfOutput(envelopesFile).Finish("Envelopes (none)");
                envelopesPdf = envelopesFile.Commit(0);
            }
            return new PartFiles(partNumber, lettersPdf, envelopesPdf, _sheets, _placed, _failures);
        }
        finally
        {
            envelopesFile.Dispose();
        }
    }

    /// <summary>Writes one letter and its envelope; false (and a failure) when it cannot be printed.</summary>
    private bool Write(PdfOutput output, HandwritingDocument envelopes, BatchLetter letter, BatchLetter? lastOfGroup)
    {
        PageCopier copier;
        double width, height, lastWidth, lastHeight;
        if (letter.LetterSha256 is { } expected && Convert.ToHexStringLower(SHA256.HashData(letter.LetterPdf.Span)) != expected)
            return Fail(letter, "letter PDF is not the one rendered (its SHA-256 differs from the one recorded at rendering)");
        try
        {
            // Bytes proved by the rendering's hash are the engine's own: reading the page tree is enough. Bytes nothing
            // vouches for are read in full and every stream inflated, so a damaged one fails here, not at the printer.
            copier = PageCopier.Prepare(letter.LetterPdf, letter.LetterSha256 is null ? PageCopier.Check.Streams : PageCopier.Check.Pages);
            (width, height) = copier.Pages[0].Size(copier.Source);
            (lastWidth, lastHeight) = copier.Pages[^1].Size(copier.Source);
        }
        catch (InvalidDataException e)
        {
            return Fail(letter, $"letter PDF unreadable: {e.Message}");
        }
        if (copier.Pages.Count != letter.PageCount)
            return Fail(letter, $"letter PDF has {copier.Pages.Count} pages, the order says {letter.PageCount}");

        // The envelope goes first: the engine composes before writing, so a refused envelope
        // leaves both files untouched and the letter can still be skipped cleanly.
        try
        {
            envelopes.AddEnvelope(new Envelope { Recipient = letter.Envelope.Recipient, ReturnAddress = letter.Envelope.ReturnAddress ?? settings.ReturnAddress },
                new EnvelopeOptions
                {
                    Size = letter.Envelope.Size, FontId = letter.Envelope.FontId, Ink = letter.Envelope.Ink,
                    Realism = letter.Envelope.Realism, Seed = letter.Envelope.Seed,
                });
        }
        catch (Exception e) when (e is UnsupportedCharacterException or ArgumentException)
        {
            return Fail(letter, $"envelope cannot be written: {e.Message}");
        }

        var separator = lastOfGroup is not null;
        if (separator)
        {
            DrawnPage.Add(output, width, height, SeparatorSheet.Content(settings, partNumber, letter, lastOfGroup!, width, height));
            if (settings.Duplex) DrawnPage.Add(output, width, height, null);
            _sheets++;
            _pages += SheetPlan.SeparatorPages(settings.Duplex);
        }
        var placement = SheetPlan.Plan([(letter.Sequence, false, letter.PageCount)], settings.Duplex)[0];
        placement = placement with { FirstSheet = _sheets + 1, FirstPage = _pages + 1, SeparatorBefore = separator };
        var mark = new PrintMark(settings.BatchId, letter.OrderId, letter.Sequence);
        var markContent = MarkDrawing.Content(mark, mark.Caption(letter.OrderReference), lastWidth, placement.HasBlankBack);
        copier.CopyTo(output, page => !placement.HasBlankBack && page == letter.PageCount - 1 ? markContent : null);
        if (placement.HasBlankBack) DrawnPage.Add(output, lastWidth, lastHeight, markContent);
        _sheets += placement.SheetCount;
        _pages += placement.PdfPages;
        _placed.Add(new PlacedLetter(letter.Sequence, letter.OrderId, letter.OrderReference, letter.GroupLabel, letter.RecipientName,
            letter.AddressLines, placement, _placed.Count + 1, mark.ToString()));
        return true;
    }

    private bool Fail(BatchLetter letter, string reason)
    {
        _failures.Add(new LetterFailure(letter.Sequence, letter.OrderId, reason));
        return false;
    }

    /// <summary>The last letter of the group starting at <paramref name="start"/>, within this part.</summary>
    private static BatchLetter GroupEnd(IReadOnlyList<BatchLetter> letters, int start)
    {
        var end = start;
        while (end + 1 < letters.Count && !letters[end + 1].StartsGroup) end++;
        return letters[end];
    }
}
