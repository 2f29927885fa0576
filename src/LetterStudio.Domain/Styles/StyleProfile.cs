using LetterStudio.Domain.Common;

namespace LetterStudio.Domain.Styles;

/// <summary>
/// How a customer talks and how their letters look. Profiles are immutable versions: saving a change
/// makes version N+1 (<see cref="Revise"/>), so a letter can always say which version it was written with.
/// </summary>
public sealed class StyleProfile
{
    private List<string> _wordsToUse = [];
    private List<string> _wordsToAvoid = [];
    private List<PetName> _petNames = [];

    public int Id { get; private set; }
    public int CustomerId { get; private set; }
    public int Version { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public string VoiceDescription { get; private set; } = "";
    /// <summary>1 = very casual, 5 = very formal.</summary>
    public int Formality { get; private set; }
    /// <summary>1 = reserved, 5 = openly affectionate.</summary>
    public int Warmth { get; private set; }
    public Humour Humour { get; private set; }
    public SentenceLength SentenceLength { get; private set; }
    public IReadOnlyList<string> WordsToUse => _wordsToUse;
    public IReadOnlyList<string> WordsToAvoid => _wordsToAvoid;
    public IReadOnlyList<PetName> PetNames => _petNames;
    /// <summary>The salutation with {name} where the recipient's name (or pet name) goes, e.g. "My dearest {name},".</summary>
    public string Salutation { get; private set; } = "";
    public string SignOff { get; private set; } = "";
    public string SignatureName { get; private set; } = "";
    public LetterLook Look { get; private set; } = LetterLook.Default;

    private StyleProfile() { }

    /// <summary>The first version of a customer's profile.</summary>
    public static StyleProfile Create(int customerId, StyleProfileDraft draft, string createdBy, DateTimeOffset now)
    {
        var profile = new StyleProfile { CustomerId = customerId, Version = 1 };
        profile.Apply(draft, createdBy, now);
        return profile;
    }

    /// <summary>A new version with the given changes; this version stays as it was.</summary>
    public StyleProfile Revise(StyleProfileDraft draft, string createdBy, DateTimeOffset now)
    {
        var next = new StyleProfile { CustomerId = CustomerId, Version = Version + 1 };
        next.Apply(draft, createdBy, now);
        return next;
    }

    /// <summary>The editable content of this version, as a starting point for the next.</summary>
    public StyleProfileDraft ToDraft() => new(VoiceDescription, Formality, Warmth, Humour, SentenceLength,
        [.. _wordsToUse], [.. _wordsToAvoid], [.. _petNames], Salutation, SignOff, SignatureName, Look);

    /// <summary>
    /// The customer's account was erased: every word about them goes (voice, phrases, pet names, greeting, signature).
    /// The version stays because kept letters name it; the look and the scales say nothing about who they are.
    /// </summary>
    public void EraseContent(string erasedBy)
    {
        CreatedBy = erasedBy;
        VoiceDescription = "";
        _wordsToUse = [];
        _wordsToAvoid = [];
        _petNames = [];
        Salutation = "";
        SignOff = "";
        SignatureName = "";
    }

    /// <summary>The pet name for a recipient, or null when the customer uses none.</summary>
    public string? PetNameFor(int recipientId) => _petNames.FirstOrDefault(p => p.RecipientId == recipientId)?.Name;

    private void Apply(StyleProfileDraft d, string createdBy, DateTimeOffset now)
    {
        CreatedAt = now;
        CreatedBy = Guard.Required(createdBy, nameof(CreatedBy), Limits.Actor);
        VoiceDescription = Guard.Required(d.VoiceDescription, nameof(VoiceDescription), Limits.Reason);
        Formality = Guard.InRange(d.Formality, nameof(Formality), 1, 5);
        Warmth = Guard.InRange(d.Warmth, nameof(Warmth), 1, 5);
        Humour = Enum.IsDefined(d.Humour) ? d.Humour : throw new DomainValidationException(nameof(Humour), $"'{d.Humour}' is not a humour level.");
        SentenceLength = Enum.IsDefined(d.SentenceLength) ? d.SentenceLength : throw new DomainValidationException(nameof(SentenceLength), $"'{d.SentenceLength}' is not a sentence length.");
        _wordsToUse = Phrases(d.WordsToUse, nameof(WordsToUse));
        _wordsToAvoid = Phrases(d.WordsToAvoid, nameof(WordsToAvoid));
        _petNames = [.. d.PetNames.Select(p => p with { Name = Guard.Required(p.Name, nameof(PetNames), Limits.Name) })
            .DistinctBy(p => p.RecipientId)];
        Salutation = Guard.Required(d.Salutation, nameof(Salutation), Limits.ShortText);
        SignOff = Guard.Required(d.SignOff, nameof(SignOff), Limits.ShortText);
        SignatureName = Guard.Required(d.SignatureName, nameof(SignatureName), Limits.Name);
        // A copy, never the caller's instance: EF Core maps the look as an owned type, and one owned
        // instance cannot belong to two profile versions.
        Look = d.Look is null ? throw new DomainValidationException(nameof(Look), "is required.") : d.Look with { };
    }

    private static List<string> Phrases(IEnumerable<string>? phrases, string field) =>
        [.. (phrases ?? []).Select(p => Guard.Optional(p, field, Limits.ShortText)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];
}
