using LetterStudio.Handwriting;

namespace LetterStudio.Printing;

/// <summary>
/// Writes one part of a print batch: <c>letters-part-NNNN.pdf</c> and <c>envelopes-part-NNNN.pdf</c>.
/// Letter PDFs are copied object by object (never re-rendered) and streamed to disk, so memory does
/// not grow with the part. Both files are written under temporary names and renamed when complete,
/// so a killed process never leaves half a part under the final name; the same input gives
/// byte-identical files, so a resumed batch can rewrite a part safely.
/// Stateless: one instance can serve several threads, each writing its own part.
/// </summary>
public sealed class BatchPartWriter(HandwritingRenderer renderer)
{
    private readonly HandwritingRenderer _renderer = renderer ?? throw new ArgumentNullException(nameof(renderer));

    /// <summary>File name of a part's letters PDF.</summary>
    public static string LettersFileName(int partNumber) => $"letters-part-{partNumber:0000}.pdf";

    /// <summary>File name of a part's envelopes PDF.</summary>
    public static string EnvelopesFileName(int partNumber) => $"envelopes-part-{partNumber:0000}.pdf";

    /// <summary>
    /// Writes the part into <paramref name="directory"/> (created if missing). A letter whose PDF is
    /// unreadable, whose page count disagrees, or whose envelope cannot be written (e.g. a missing
    /// font) is left out of both files and listed in <see cref="PartFiles.Failures"/>.
    /// </summary>
    /// <param name="settings">The batch's settings.</param>
    /// <param name="letters">The part's letters in mailing order.</param>
    /// <param name="directory">Output folder.</param>
    /// <param name="partNumber">Part number from 1.</param>
    /// <param name="lettersDone">Receives the number of letters handled so far (written or failed).</param>
    /// <param name="ct">Stops between letters; temporary files are removed.</param>
    /// <exception cref="OperationCanceledException">Cancelled; nothing is left under the final names.</exception>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    /// <exception cref="ArgumentException">Sequences are below 1 or do not ascend, or an order id is below 1 (the mark could not carry it).</exception>
    public PartFiles WritePart(BatchSettings settings, IReadOnlyList<BatchLetter> letters, string directory, int partNumber,
        IProgress<int>? lettersDone, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentOutOfRangeException.ThrowIfLessThan(partNumber, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.BatchId, 1, nameof(settings));
        CheckOrder(letters);
        return new PartWriting(_renderer, settings, directory, partNumber).Run(letters, lettersDone, ct);
    }

    private static void CheckOrder(IReadOnlyList<BatchLetter> letters)
    {
        var previous = 0;
        foreach (var letter in letters)
        {
            if (letter.Sequence <= previous)
                throw new ArgumentException($"Letter of order {letter.OrderId} has sequence {letter.Sequence}, not after {previous}: letters must come in mailing order.", nameof(letters));
            if (letter.OrderId < 1)
                throw new ArgumentException($"Letter {letter.Sequence} has order id {letter.OrderId}; ids start at 1.", nameof(letters));
            previous = letter.Sequence;
        }
    }
}
