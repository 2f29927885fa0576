using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Styles;
using LetterStudio.Drafting.Briefs;
using LetterStudio.Drafting.Voice;

namespace LetterStudio.Drafting.Templates;

/// <summary>
/// What an occasion template renders from: who writes to whom, the client's voice, the chosen anecdotes, the
/// brief and past letters. Everything here but <see cref="Template"/> is user text and is rendered as quoted data.
/// </summary>
public sealed record LetterPromptModel(
    OccasionTemplateInfo Template,
    string CustomerName,
    string RecipientName,
    string RecipientCalledBy,
    string Relationship,
    string? PetName,
    StyleProfile Profile,
    IReadOnlyList<PromptAnecdote> Anecdotes,
    string Brief,
    string? Avoid,
    IReadOnlyList<PastLetter> PastLetters,
    IReadOnlyDictionary<string, string>? MergeFields = null,
    RecipientVoice? RecipientVoice = null,
    ClientVoiceExamples? ClientVoice = null)
{
    /// <summary>The client's own writing and what it shows; none when they gave no samples.</summary>
    public ClientVoiceExamples Voice => ClientVoice ?? ClientVoiceExamples.None;

    /// <summary>The order's extra fields from a bulk upload (a gift, a date, a company name), in name order; quoted data like the rest.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> MergeFieldList =>
        [.. (MergeFields ?? new Dictionary<string, string>()).Where(f => !string.IsNullOrWhiteSpace(f.Value)).OrderBy(f => f.Key, StringComparer.Ordinal)];

    /// <summary>Greeting, sign-off and signature for this recipient and occasion.</summary>
    public RecipientFrame Frame => RecipientFrame.For(Profile, RecipientCalledBy, Relationship, PetName, Template.Key, RecipientVoice);

    /// <summary>The name the letter calls the recipient by: the pet name where it reads as a name.</summary>
    public string AddressName => Frame.AddressName;

    public string ExpectedSalutation => Frame.Salutation;

    public string ExpectedSignOff => Frame.SignOff;

    public string ExpectedSignature => Frame.Signature;

    /// <summary>The brief and the "leave unsaid" note as points to say and not to say.</summary>
    public BriefPoints Points => BriefPoints.Read(Brief, Avoid, RecipientNames, Relationship, Template.Key);

    /// <summary>Every name the recipient goes by, longest first: full name, what the client calls them, pet name, first name.</summary>
    public IReadOnlyList<string> RecipientNames
    {
        get
        {
            var names = new List<string> { RecipientName, RecipientCalledBy };
            if (PetName is not null) names.Add(PetName);
            names.Add(RecipientName.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);
            // "Coach Briggs" is also "Coach" in the client's shorthand ("Coach is retiring").
            var called = RecipientCalledBy.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (called.Length > 1) names.Add(called[0]);
            return [.. names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length)];
        }
    }
}
