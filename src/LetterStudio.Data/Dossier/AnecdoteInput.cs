namespace LetterStudio.Data.Dossier;

/// <summary>An anecdote as a form sends it. Tags are comma-separated; When is a date (yyyy-mm-dd) or free text.</summary>
public sealed class AnecdoteInput
{
    public int? Id { get; set; }
    public int Version { get; set; }
    public int? RecipientId { get; set; }
    public string Text { get; set; } = "";
    public string? When { get; set; }
    public string? Tags { get; set; }

    public DateOnly? HappenedOn => DateOnly.TryParseExact(When?.Trim(), "yyyy-MM-dd", out var d) ? d : null;
    public string? HappenedWhen => HappenedOn is null ? When : null;
    public IEnumerable<string> TagList => (Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
