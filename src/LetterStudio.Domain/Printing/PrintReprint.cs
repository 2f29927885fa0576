using LetterStudio.Domain.Common;

namespace LetterStudio.Domain.Printing;

/// <summary>A letter printed again (a jammed or spoiled sheet), who asked, why, and the file written.</summary>
public sealed class PrintReprint
{
    public int Id { get; private set; }
    public int PrintBatchItemId { get; private set; }
    public string Reason { get; private set; } = "";
    public string RequestedBy { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public int? PrintBatchFileId { get; private set; }

    private PrintReprint() { }

    public PrintReprint(int itemId, string reason, string actor, DateTimeOffset now)
    {
        PrintBatchItemId = itemId;
        Reason = Guard.Required(reason, nameof(Reason), Limits.Reason);
        RequestedBy = Guard.Required(actor, nameof(RequestedBy), Limits.Actor);
        RequestedAt = now;
    }

    public void Written(int fileId) => PrintBatchFileId = fileId;
}
