namespace LetterStudio.Domain.Printing;

/// <summary>
/// A slice of a batch that one job writes (letters FirstSequence..LastSequence). It is done when its
/// files exist under their final names and this row holds their SHA-256; running it again rewrites
/// the same bytes, so a part taken over from a dead worker is simply run again.
/// </summary>
public sealed class PrintBatchPart
{
    public int Id { get; private set; }
    public int PrintBatchId { get; private set; }
    public int PartNumber { get; private set; }
    public int FirstSequence { get; private set; }
    public int LastSequence { get; private set; }
    public int LettersDone { get; private set; }
    public int Sheets { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? UpdatedAt { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }
    /// <summary>The scheduler node (worker instance) that finished the part.</summary>
    public string? DoneBy { get; private set; }
    public string? LettersSha256 { get; private set; }
    public string? EnvelopesSha256 { get; private set; }
    /// <summary>What the part writer reported (placements, failures) as JSON, read by the assembly job.</summary>
    public string? ResultJson { get; private set; }

    private PrintBatchPart() { }

    internal PrintBatchPart(int partNumber, int firstSequence, int lastSequence)
    {
        PartNumber = partNumber;
        FirstSequence = firstSequence;
        LastSequence = lastSequence;
    }

    public int LetterCount => LastSequence - FirstSequence + 1;
    public bool IsDone => DoneAt is not null;
}
