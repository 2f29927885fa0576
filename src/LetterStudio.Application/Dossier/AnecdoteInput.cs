using LetterStudio.Domain.Anecdotes;

namespace LetterStudio.Application.Dossier;

/// <summary>An anecdote as a form sends it. Tags are comma-separated; When is a date (yyyy-mm-dd) or free text.</summary>
public sealed class AnecdoteInput
{
    public int? Id { get; set; }
    public int Version { get; set; }
    public int? RecipientId { get; set; }
    public string Text { get; set; } = "";
    public string? When { get; set; }
    public string? Tags { get; set; }
    /// <summary>True when the form carried the "who is in it" part: then what it says is recorded, even "nobody else, nothing sensitive".</summary>
    public bool Described { get; set; }
    public bool WithRecipient { get; set; }
    public bool WithClient { get; set; }
    /// <summary>Other people, comma-separated, "(deceased)" after those who have died: "Grandma Rose (deceased), Tom".</summary>
    public string? People { get; set; }
    public string? About { get; set; }
    public bool Death { get; set; }
    public bool Illness { get; set; }
    public bool Private { get; set; }

    public DateOnly? HappenedOn => DateOnly.TryParseExact(When?.Trim(), "yyyy-MM-dd", out var d) ? d : null;
    public string? HappenedWhen => HappenedOn is null ? When : null;
    /// <summary>Anything in the "who is in it" part at all: a new memory with it all left empty is read from its words instead.</summary>
    public bool SaysWhoOrWhat => Described || WithRecipient || WithClient || !string.IsNullOrWhiteSpace(People) || !string.IsNullOrWhiteSpace(About) || Death || Illness || Private;

    public AnecdoteSensitivity Sensitivity =>
        (Death ? AnecdoteSensitivity.Death : 0) | (Illness ? AnecdoteSensitivity.Illness : 0) | (Private ? AnecdoteSensitivity.Private : 0);

    /// <summary>Everyone in it, the recipient and the client by the names given.</summary>
    public IReadOnlyList<AnecdotePerson> PeopleList(string recipientName, string clientName) =>
    [
        .. WithRecipient ? [new AnecdotePerson(recipientName, PersonRole.Recipient)] : Array.Empty<AnecdotePerson>(),
        .. WithClient ? [new AnecdotePerson(clientName, PersonRole.Client)] : Array.Empty<AnecdotePerson>(),
        .. AnecdotePeople.Parse(People, nameof(People)),
    ];

    /// <summary>Fills the "who is in it" part from what is recorded.</summary>
    public AnecdoteInput WithFacts(Anecdote a)
    {
        Described = true;
        WithRecipient = a.People.Any(p => p.Role == PersonRole.Recipient);
        WithClient = a.People.Any(p => p.Role == PersonRole.Client);
        People = AnecdotePeople.Format(a.People);
        About = a.About;
        var s = a.Sensitivity ?? AnecdoteSensitivity.None;
        (Death, Illness, Private) = (s.HasFlag(AnecdoteSensitivity.Death), s.HasFlag(AnecdoteSensitivity.Illness), s.HasFlag(AnecdoteSensitivity.Private));
        return this;
    }

    public IEnumerable<string> TagList => (Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
