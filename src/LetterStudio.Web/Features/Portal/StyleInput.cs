using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Web.Features.Portal;

/// <summary>
/// The style questionnaire, in the customer's words. It fills the parts of the style profile a customer can
/// tell us, and the hand they sign in; the rest of the look (hand, ink, paper) is carried over from the current version.
/// </summary>
public sealed class StyleInput
{
    public int BaseVersion { get; set; }
    public string? VoiceDescription { get; set; }
    public string? Salutation { get; set; } = "Dear {name},";
    public string? SignOff { get; set; } = "With love,";
    public string? SignatureName { get; set; }
    public int Formality { get; set; } = 3;
    public int Warmth { get; set; } = 3;
    public Humour Humour { get; set; } = Humour.Gentle;
    public SentenceLength SentenceLength { get; set; } = SentenceLength.Medium;
    public string? WordsToUse { get; set; }
    public string? WordsToAvoid { get; set; }
    public List<PetNameInput> PetNames { get; set; } = [];
    /// <summary>The hand to sign in (a catalogue id); empty for the body hand's own signature hand.</summary>
    public string? SignatureFontId { get; set; }
    public bool SignatureUnderline { get; set; }

    public static StyleInput From(StyleProfile? profile, string customerName, IEnumerable<Recipient> recipients)
    {
        var input = profile is null ? new StyleInput { SignatureName = customerName.Split(' ')[0] } : new StyleInput
        {
            BaseVersion = profile.Version,
            VoiceDescription = profile.VoiceDescription,
            Salutation = profile.Salutation,
            SignOff = profile.SignOff,
            SignatureName = profile.SignatureName,
            Formality = profile.Formality,
            Warmth = profile.Warmth,
            Humour = profile.Humour,
            SentenceLength = profile.SentenceLength,
            WordsToUse = string.Join('\n', profile.WordsToUse),
            WordsToAvoid = string.Join('\n', profile.WordsToAvoid),
            SignatureFontId = profile.Look.SignatureFontId,
            SignatureUnderline = profile.Look.SignatureUnderline,
        };
        input.PetNames = [.. recipients.Select(r => new PetNameInput
        {
            RecipientId = r.Id, RecipientName = r.Name, Name = profile?.PetNameFor(r.Id),
            Greeting = r.Greeting, SignOff = r.SignOff, Signature = r.Signature, CallsClient = r.CallsClient, Closeness = r.Closeness,
        })];
        return input;
    }

    /// <param name="current">The version this one follows, whose look is kept; null for a first profile.</param>
    /// <param name="recipientIds">The customer's recipients: a pet name for anyone else is dropped.</param>
    public StyleProfileDraft ToDraft(StyleProfile? current, IReadOnlySet<int> recipientIds) => new(
        VoiceDescription ?? "", Formality, Warmth, Humour, SentenceLength,
        Lines(WordsToUse), Lines(WordsToAvoid),
        [.. PetNames.Where(p => !string.IsNullOrWhiteSpace(p.Name) && recipientIds.Contains(p.RecipientId)).Select(p => new PetName(p.RecipientId, p.Name!))],
        Salutation ?? "", SignOff ?? "", SignatureName ?? "",
        (current?.Look ?? LetterLook.Default).WithSignature(string.IsNullOrWhiteSpace(SignatureFontId) ? null : SignatureFontId, SignatureUnderline));

    /// <summary>How the client writes to each of their recipients; a blank answer keeps the customer-wide one above.</summary>
    public Dictionary<int, RecipientVoice> Voices(IReadOnlySet<int> recipientIds) =>
        PetNames.Where(p => recipientIds.Contains(p.RecipientId)).DistinctBy(p => p.RecipientId)
            .ToDictionary(p => p.RecipientId, p => new RecipientVoice(p.Greeting, p.SignOff, p.Signature, p.CallsClient, p.Closeness));

    private static string[] Lines(string? text) => (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>One person in the client's life: what the client calls them, and how the client greets them, signs off and signs.</summary>
public sealed class PetNameInput
{
    public int RecipientId { get; set; }
    public string? RecipientName { get; set; }
    public string? Name { get; set; }
    public string? Greeting { get; set; }
    public string? SignOff { get; set; }
    public string? Signature { get; set; }
    public string? CallsClient { get; set; }
    public Closeness? Closeness { get; set; }
}
