using LetterStudio.Domain.Styles;

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
    IReadOnlyDictionary<string, string>? MergeFields = null)
{
    /// <summary>The order's extra fields from a bulk upload (a gift, a date, a company name), in name order; quoted data like the rest.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> MergeFieldList =>
        [.. (MergeFields ?? new Dictionary<string, string>()).Where(f => !string.IsNullOrWhiteSpace(f.Value)).OrderBy(f => f.Key, StringComparer.Ordinal)];

    /// <summary>The name the letter calls the recipient by: the pet name if the client uses one.</summary>
    public string AddressName => PetName ?? RecipientCalledBy;

    public string ExpectedSalutation => Profile.Salutation.Replace("{name}", AddressName, StringComparison.Ordinal);
}
