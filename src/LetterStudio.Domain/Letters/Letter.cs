using LetterStudio.Domain.Common;

namespace LetterStudio.Domain.Letters;

/// <summary>
/// The letter of an order with every revision it went through. Revisions are only ever added;
/// <see cref="CurrentRevisionNumber"/> points at the one in force.
/// </summary>
public sealed class Letter
{
    private readonly List<LetterRevision> _revisions = [];

    public int Id { get; private set; }
    public int OrderId { get; private set; }
    public int CurrentRevisionNumber { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Optimistic concurrency: two writers saving from the same revision cannot both win.</summary>
    public int Version { get; private set; }
    /// <summary>The last drafting error, shown on the desk until the next draft succeeds.</summary>
    public string? LastDraftError { get; private set; }
    public IReadOnlyList<LetterRevision> Revisions => _revisions;

    private Letter() { }

    public Letter(int orderId, DateTimeOffset now)
    {
        OrderId = orderId;
        // Version 1 from the start, so an editor opened before the letter existed (version 0) conflicts with it.
        Version = 1;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public LetterRevision? Current => _revisions.FirstOrDefault(r => r.Number == CurrentRevisionNumber);

    public LetterRevision AddRevision(RevisionDraft draft, DateTimeOffset now)
    {
        var text = Guard.Required(draft.Text, "Text", Limits.LetterText);
        Guard.Required(draft.Author, "Author", Limits.Actor);
        if (draft.Source != RevisionSource.Writer && string.IsNullOrWhiteSpace(draft.ModelName))
            throw new DomainValidationException("ModelName", "a drafted revision must name the model or composer that wrote it.");
        // Numbers come from the highest loaded revision; the Version token makes a racing save fail.
        var number = (_revisions.Count == 0 ? 0 : _revisions.Max(r => r.Number)) + 1;
        var revision = new LetterRevision(number, draft with { Text = text }, now);
        _revisions.Add(revision);
        CurrentRevisionNumber = number;
        LastDraftError = null;
        UpdatedAt = now;
        return revision;
    }

    public void RecordDraftError(string error, DateTimeOffset now)
    {
        LastDraftError = Guard.Required(error, nameof(LastDraftError), Limits.Reason);
        UpdatedAt = now;
    }
}
