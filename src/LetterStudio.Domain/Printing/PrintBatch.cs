using LetterStudio.Domain.Common;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Domain.Printing;

/// <summary>
/// A set of rendered letters printed together, in mailing order. It is built in parts (each a job a
/// worker can take), then assembled; the operator marks it printed, then mailed.
/// </summary>
public sealed class PrintBatch
{
    private readonly List<PrintBatchItem> _items = [];
    // The orders already added, so adding 10,000 letters is linear rather than a scan per letter (which alone took
    // about a second of a 10,000-letter batch). Not mapped: built from the items on first use after a load.
    private HashSet<int>? _orderIds;
    private readonly List<PrintBatchPart> _parts = [];
    private readonly List<PrintBatchFile> _files = [];

    public int Id { get; private set; }
    /// <summary>The paper the rule asked for; null when the batch holds any paper (its groups say which).</summary>
    public PaperSize? Paper { get; private set; }
    public bool Duplex { get; private set; }
    public PrintBatchStatus Status { get; private set; }
    /// <summary>How the letters were chosen: the rule's due date (letters due on or before it).</summary>
    public DateOnly? RuleDueOnOrBefore { get; private set; }
    /// <summary>The rule's limit on the number of letters.</summary>
    public int? RuleMaxLetters { get; private set; }
    /// <summary>True when the operator ticked the letters instead of giving a rule.</summary>
    public bool FromSelection { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public int LetterCount { get; private set; }
    public int PartSize { get; private set; }
    /// <summary>Sheets of the finished letters PDF, separators included.</summary>
    public int? Sheets { get; private set; }
    public DateTimeOffset? BuildStartedAt { get; private set; }
    public DateTimeOffset? BuiltAt { get; private set; }
    /// <summary>Why the build stopped, when it could not finish (a letter's own failure is on its item).</summary>
    public string? FailureReason { get; private set; }
    public string? PrintedBy { get; private set; }
    public DateTimeOffset? PrintedAt { get; private set; }
    public string? MailedBy { get; private set; }
    public DateOnly? MailedOn { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<PrintBatchItem> Items => _items;
    public IReadOnlyList<PrintBatchPart> Parts => _parts;
    public IReadOnlyList<PrintBatchFile> Files => _files;

    private PrintBatch() { }

    public PrintBatch(PaperSize? paper, bool duplex, int partSize, string createdBy, DateTimeOffset now,
        DateOnly? ruleDueOnOrBefore = null, int? ruleMaxLetters = null, bool fromSelection = false)
    {
        if (partSize < 1) throw new DomainValidationException(nameof(PartSize), "must be at least 1.");
        if (ruleMaxLetters is < 1) throw new DomainValidationException(nameof(RuleMaxLetters), "must be at least 1.");
        Paper = paper;
        Duplex = duplex;
        PartSize = partSize;
        CreatedBy = Guard.Required(createdBy, nameof(CreatedBy), Limits.Actor);
        CreatedAt = now;
        RuleDueOnOrBefore = ruleDueOnOrBefore;
        RuleMaxLetters = ruleMaxLetters;
        FromSelection = fromSelection;
        Status = PrintBatchStatus.Open;
    }

    /// <summary>Adds the next letter in mailing order.</summary>
    public PrintBatchItem Add(int orderId, int letterDocumentId, string groupKey, string groupLabel)
    {
        if (Status != PrintBatchStatus.Open)
            throw new DomainValidationException(nameof(Items), $"batch {Id} is {Status}; letters can only be added while it is open.");
        _orderIds ??= _items.Select(i => i.OrderId).ToHashSet();
        if (!_orderIds.Add(orderId))
            throw new DomainValidationException(nameof(Items), $"order {orderId} is already in batch {Id}.");
        var startsGroup = _items.Count == 0 || _items[^1].GroupKey != groupKey;
        var item = new PrintBatchItem(orderId, letterDocumentId, _items.Count + 1, groupKey, groupLabel, startsGroup, _items.Count / PartSize + 1);
        _items.Add(item);
        LetterCount = _items.Count;
        return item;
    }

    /// <summary>Closes the list of letters and cuts it into parts; the build can start.</summary>
    public void StartBuild(DateTimeOffset now)
    {
        if (Status != PrintBatchStatus.Open)
            throw new DomainValidationException(nameof(Status), $"batch {Id} is {Status}; only an open batch can be built.");
        if (_items.Count == 0) throw new DomainValidationException(nameof(Items), "a batch needs at least one letter.");
        foreach (var part in _items.GroupBy(i => i.PartNumber).OrderBy(g => g.Key))
            _parts.Add(new PrintBatchPart(part.Key, part.Min(i => i.Sequence), part.Max(i => i.Sequence)));
        Status = PrintBatchStatus.Building;
        BuildStartedAt = now;
    }

    /// <summary>Records the finished files (replacing those of an earlier run of the same assembly).</summary>
    public void Built(IEnumerable<PrintBatchFile> files, int sheets, DateTimeOffset now)
    {
        if (Status is not (PrintBatchStatus.Building or PrintBatchStatus.Built))
            throw new DomainValidationException(nameof(Status), $"batch {Id} is {Status}; it is not being built.");
        _files.RemoveAll(f => f.Kind != PrintFileKind.Reprint);
        _files.AddRange(files);
        Sheets = sheets;
        BuiltAt ??= now;
        FailureReason = null;
        Status = PrintBatchStatus.Built;
    }

    /// <summary>
    /// The batch cannot be built. Its letters leave it and are waiting to print again (a new batch can take them);
    /// the batch keeps the list, with the reason, for the print room. Needs the items loaded.
    /// </summary>
    public void Fail(string reason)
    {
        FailureReason = Guard.Required(reason.Length > Limits.Reason ? reason[..Limits.Reason] : reason, nameof(FailureReason), Limits.Reason);
        Status = PrintBatchStatus.Failed;
        foreach (var item in _items) item.Close();
    }

    public void AddReprintFile(PrintBatchFile file) => _files.Add(file);

    /// <summary>The operator has the sheets: letters still in the batch are printed.</summary>
    public void MarkPrinted(string actor, DateTimeOffset now)
    {
        if (Status != PrintBatchStatus.Built)
            throw new DomainValidationException(nameof(Status), $"batch {Id} is {Status}; only a built batch can be marked printed.");
        Status = PrintBatchStatus.Printed;
        PrintedBy = Guard.Required(actor, nameof(PrintedBy), Limits.Actor);
        PrintedAt = now;
    }

    /// <summary>The letters went to the post on <paramref name="on"/>; the batch is finished and its letters leave it.</summary>
    public void MarkMailed(DateOnly on, string actor, DateTimeOffset now)
    {
        if (Status != PrintBatchStatus.Printed)
            throw new DomainValidationException(nameof(Status), $"batch {Id} is {Status}; only a printed batch can be marked mailed.");
        if (on > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1))
            throw new DomainValidationException(nameof(MailedOn), $"{on:yyyy-MM-dd} is in the future.");
        if (on < DateOnly.FromDateTime(CreatedAt.UtcDateTime))
            throw new DomainValidationException(nameof(MailedOn), $"{on:yyyy-MM-dd} is before the batch was made.");
        Status = PrintBatchStatus.Mailed;
        MailedBy = Guard.Required(actor, nameof(MailedBy), Limits.Actor);
        MailedOn = on;
        foreach (var item in _items) item.Close();
    }
}
