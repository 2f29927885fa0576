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
    IReadOnlyList<PastLetter> PastLetters)
{
    /// <summary>The name the letter calls the recipient by: the pet name if the client uses one.</summary>
    public string AddressName => PetName ?? RecipientCalledBy;

    public string ExpectedSalutation => Profile.Salutation.Replace("{name}", AddressName, StringComparison.Ordinal);
}

/// <summary>An anecdote as given to the model; <see cref="Shortened"/> when the token budget cut its text.</summary>
public sealed record PromptAnecdote(int Id, string Text, string? When, IReadOnlyList<string> Tags, bool Pinned, bool Shortened = false);

/// <summary>An earlier letter to the same recipient, so a new one neither repeats nor contradicts it.</summary>
public sealed record PastLetter(int OrderId, string OccasionKey, DateTimeOffset WrittenAt, string Text);
