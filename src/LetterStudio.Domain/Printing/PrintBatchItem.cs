using LetterStudio.Domain.Common;

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
    /// <summary>What the letter is printed with (paper, stationery, ink); letters of a group are consecutive.</summary>
    public string GroupKey { get; private set; } = "";
    public string GroupLabel { get; private set; } = "";
    /// <summary>True for a group's first letter: a separator sheet goes before it.</summary>
    public bool StartsGroup { get; private set; }
    /// <summary>The build part (job) that writes this letter.</summary>
    public int PartNumber { get; private set; }
    public int? FirstSheet { get; private set; }
    public int? SheetCount { get; private set; }
    /// <summary>Why the letter could not be printed (a missing or unreadable document, a font gone).</summary>
    public string? FailureReason { get; private set; }
    public bool Pulled { get; private set; }
    public string? PulledReason { get; private set; }
    public string? PulledBy { get; private set; }
    public DateTimeOffset? PulledAt { get; private set; }
    /// <summary>
    /// True while the letter belongs to this batch and the batch is not finished. A unique index on
    /// (OrderId) where IsOpen holds keeps a letter in at most one open batch, even with two operators.
    /// </summary>
    public bool IsOpen { get; private set; }

    private PrintBatchItem() { }

    internal PrintBatchItem(int orderId, int letterDocumentId, int sequence, string groupKey, string groupLabel, bool startsGroup, int partNumber)
    {
        OrderId = orderId;
        LetterDocumentId = letterDocumentId;
        Sequence = sequence;
        GroupKey = Guard.Required(groupKey, nameof(GroupKey), Limits.Key);
        GroupLabel = Guard.Required(groupLabel, nameof(GroupLabel), 200);
        StartsGroup = startsGroup;
        PartNumber = partNumber;
        IsOpen = true;
    }

    /// <summary>Envelope number: the mailing order.</summary>
    public int EnvelopeNumber => Sequence;

    /// <summary>In the stack and still going to the post.</summary>
    public bool IsPrintable => !Pulled && FailureReason is null;

    public void PlaceOnSheets(int firstSheet, int sheetCount)
    {
        FirstSheet = firstSheet;
        SheetCount = sheetCount;
        FailureReason = null;
    }

    /// <summary>The build could not print it; it leaves the batch so it can be fixed and batched again.</summary>
    public void Failed(string reason)
    {
        FailureReason = Guard.Required(reason.Length > Limits.Reason ? reason[..Limits.Reason] : reason, nameof(FailureReason), Limits.Reason);
        FirstSheet = null;
        SheetCount = null;
        IsOpen = false;
    }

    public void Pull(string reason, string actor, DateTimeOffset now)
    {
        if (Pulled) throw new DomainValidationException(nameof(Pulled), $"envelope {Sequence} is already pulled.");
        PulledReason = Guard.Required(reason, nameof(PulledReason), Limits.Reason);
        PulledBy = Guard.Required(actor, nameof(PulledBy), Limits.Actor);
        PulledAt = now;
        Pulled = true;
        IsOpen = false;
    }

    internal void Close() => IsOpen = false;
}
