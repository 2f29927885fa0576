using LetterStudio.Domain.Common;

namespace LetterStudio.Domain.Anecdotes;

/// <summary>
/// A memory the customer shares with a recipient, told in the customer's words. It is user text:
/// shown as text and given to the drafting model as quoted data, never as instructions.
/// </summary>
public sealed class Anecdote
{
    private List<string> _tags = [];
    private List<AnecdotePerson> _people = [];

    public int Id { get; private set; }
    public int CustomerId { get; private set; }
    /// <summary>The recipient this memory belongs to, or null for one about the customer's life in general.</summary>
    public int? RecipientId { get; private set; }
    public string Text { get; private set; } = "";
    /// <summary>When it happened, when the customer knows the day.</summary>
    public DateOnly? HappenedOn { get; private set; }
    /// <summary>When it happened in the customer's words ("summer 2019"), when there is no exact day.</summary>
    public string? HappenedWhen { get; private set; }
    public IReadOnlyList<string> Tags => _tags;
    public AnecdoteAuthor AddedBy { get; private set; }
    public string AddedByName { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Who is in it, as recorded: the recipient, the client, named others (living or deceased). Empty: not recorded, read from the text.</summary>
    // Rows from before people were recorded hold no JSON at all: they read as nobody recorded.
    public IReadOnlyList<AnecdotePerson> People => _people ?? [];
    /// <summary>What it is about, in a few words ("our first dance", "Dad's funeral").</summary>
    public string? About { get; private set; }
    /// <summary>Death, illness, private, as recorded; null when nobody said, and drafting reads it from the text.</summary>
    public AnecdoteSensitivity? Sensitivity { get; private set; }
    /// <summary>Optimistic concurrency: the customer and a writer may edit the same memory.</summary>
    public int Version { get; private set; }

    private Anecdote() { }

    public Anecdote(int customerId, int? recipientId, string text, DateOnly? happenedOn, string? happenedWhen,
        IEnumerable<string>? tags, AnecdoteAuthor addedBy, string addedByName, DateTimeOffset now)
    {
        CustomerId = customerId;
        RecipientId = recipientId;
        AddedBy = addedBy;
        AddedByName = Guard.Required(addedByName, nameof(AddedByName), Limits.Actor);
        CreatedAt = now;
        Edit(text, happenedOn, happenedWhen, tags, now);
    }

    public void Edit(string text, DateOnly? happenedOn, string? happenedWhen, IEnumerable<string>? tags, DateTimeOffset now)
    {
        Text = Guard.Required(text, nameof(Text), Limits.AnecdoteText);
        if (happenedOn is { } day && day > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1))
            throw new DomainValidationException(nameof(HappenedOn), $"{day:yyyy-MM-dd} is in the future; an anecdote is something that has happened.");
        HappenedOn = happenedOn;
        HappenedWhen = Guard.Optional(happenedWhen, nameof(HappenedWhen), Limits.AnecdoteWhen);
        _tags = NormaliseTags(tags);
        UpdatedAt = now;
    }

    /// <summary>Records who is in the memory, what it is about and how delicate it is; the customer corrects what was read from the text.</summary>
    public void Describe(IEnumerable<AnecdotePerson>? people, string? about, AnecdoteSensitivity? sensitivity)
    {
        if (sensitivity is { } s && (s & ~(AnecdoteSensitivity.Death | AnecdoteSensitivity.Illness | AnecdoteSensitivity.Private)) != 0)
            throw new DomainValidationException(nameof(Sensitivity), $"'{s}' is not a sensitivity (death, illness, private).");
        var list = new List<AnecdotePerson>();
        foreach (var p in people ?? [])
        {
            if (!Enum.IsDefined(p.Role)) throw new DomainValidationException(nameof(People), $"'{p.Role}' is not a role (recipient, client, other).");
            var name = Guard.Required(p.Name, nameof(People), Limits.Name);
            PrintableText.Check(name, nameof(People));
            if (list.Any(x => x.Role == p.Role && (p.Role != PersonRole.Other || string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase)))) continue;
            list.Add(p with { Name = name });
        }
        if (list.Count > 30) throw new DomainValidationException(nameof(People), "names at most 30 people.");
        _people = list;
        About = Guard.Optional(about, nameof(About), Limits.ShortText);
        if (About is not null) PrintableText.Check(About, nameof(About));
        Sensitivity = sensitivity;
    }

    /// <summary>When it happened, as a person would say it: the free text if given, else the date.</summary>
    public string? When => HappenedWhen ?? HappenedOn?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> NormaliseTags(IEnumerable<string>? tags)
    {
        var result = new List<string>();
        foreach (var raw in tags ?? [])
        {
            var tag = Guard.Optional(raw, "Tags", Limits.Tag)?.ToLowerInvariant();
            if (tag is null) continue;
            if (tag.Contains(','))
                throw new DomainValidationException("Tags", $"'{tag}' contains a comma; give each tag separately.");
            if (!result.Contains(tag)) result.Add(tag);
        }
        return result;
    }
}
