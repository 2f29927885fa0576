namespace LetterStudio.Domain.Printing;

/// <summary>One letter in a print batch, at its place in mailing order.</summary>
public sealed class PrintBatchItem
{
    public int Id { get; private set; }
    public int PrintBatchId { get; private set; }
    public int OrderId { get; private set; }
    public int LetterDocumentId { get; private set; }
    /// <summary>Position in mailing order, from 1; also the envelope number.</summary>
    public int Sequence { get; private set; }
    public int? FirstSheet { get; private set; }
    public int? SheetCount { get; private set; }
    public bool Pulled { get; private set; }
    public string? PulledReason { get; private set; }

    private PrintBatchItem() { }

    internal PrintBatchItem(int orderId, int letterDocumentId, int sequence)
    {
        OrderId = orderId;
        LetterDocumentId = letterDocumentId;
        Sequence = sequence;
    }

    public void PlaceOnSheets(int firstSheet, int sheetCount)
    {
        FirstSheet = firstSheet;
        SheetCount = sheetCount;
    }

    public void Pull(string reason)
    {
        Pulled = true;
        PulledReason = Common.Guard.Required(reason, nameof(PulledReason), Common.Limits.Reason);
    }
}
