namespace LetterStudio.Domain.Letters;

/// <summary>The full text of one draft or edit of a letter, never changed once written.</summary>
public sealed class LetterRevision
{
    private List<int> _anecdoteIds = [];

    public long Id { get; private set; }
    public int LetterId { get; private set; }
    public int Number { get; private set; }
    public string Text { get; private set; } = "";
    public RevisionSource Source { get; private set; }
    /// <summary>The writer's user name, or the system actor that asked the model.</summary>
    public string Author { get; private set; } = "";
    /// <summary>The model or composer name, for drafted revisions.</summary>
    public string? ModelName { get; private set; }
    /// <summary>SHA-256 of the prompt the model was given, so two drafts from the same prompt can be recognised.</summary>
    public string? PromptFingerprint { get; private set; }
    /// <summary>The style profile version the revision was written against.</summary>
    public int? StyleProfileId { get; private set; }
    public IReadOnlyList<int> AnecdoteIds => _anecdoteIds;
    /// <summary>The style check's findings for this text, as JSON written by the drafting pipeline.</summary>
    public string? ChecksJson { get; private set; }
    public string? Note { get; private set; }
    /// <summary>Tokens the drafting model read and wrote for this revision (for all candidates of one request), when a model was used.</summary>
    public int? InputTokens { get; private set; }
    public int? OutputTokens { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    private LetterRevision() { }

    internal LetterRevision(int number, RevisionDraft d, DateTimeOffset now)
    {
        Number = number;
        Text = d.Text;
        Source = d.Source;
        Author = d.Author;
        ModelName = d.ModelName;
        PromptFingerprint = d.PromptFingerprint;
        StyleProfileId = d.StyleProfileId;
        _anecdoteIds = [.. d.AnecdoteIds.Distinct()];
        Note = d.Note;
        InputTokens = d.InputTokens;
        OutputTokens = d.OutputTokens;
        CreatedAt = now;
    }

    public void RecordChecks(string checksJson) => ChecksJson = checksJson;
}
