using LetterStudio.Domain.Common;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Domain.Printing;

/// <summary>A set of rendered letters printed together on the same paper, in mailing order.</summary>
public sealed class PrintBatch
{
    private readonly List<PrintBatchItem> _items = [];

    public int Id { get; private set; }
    public PaperSize Paper { get; private set; }
    public bool Duplex { get; private set; }
    public PrintBatchStatus Status { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? PrintedAt { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<PrintBatchItem> Items => _items;

    private PrintBatch() { }

    public PrintBatch(PaperSize paper, bool duplex, string createdBy, DateTimeOffset now)
    {
        Paper = paper;
        Duplex = duplex;
        CreatedBy = Guard.Required(createdBy, nameof(CreatedBy), Limits.Actor);
        CreatedAt = now;
        Status = PrintBatchStatus.Open;
    }

    public PrintBatchItem Add(int orderId, int letterDocumentId)
    {
        if (Status != PrintBatchStatus.Open)
            throw new DomainValidationException(nameof(Items), $"batch {Id} is {Status}; letters can only be added while it is open.");
        if (_items.Any(i => i.OrderId == orderId))
            throw new DomainValidationException(nameof(Items), $"order {orderId} is already in batch {Id}.");
        var item = new PrintBatchItem(orderId, letterDocumentId, _items.Count + 1);
        _items.Add(item);
        return item;
    }

    public void MarkPrinted(DateTimeOffset now)
    {
        if (Status is not (PrintBatchStatus.Built or PrintBatchStatus.Open))
            throw new DomainValidationException(nameof(Status), $"batch {Id} is {Status}; only a built batch can be marked printed.");
        Status = PrintBatchStatus.Printed;
        PrintedAt = now;
    }

    public void SetStatus(PrintBatchStatus status) => Status = status;
}
