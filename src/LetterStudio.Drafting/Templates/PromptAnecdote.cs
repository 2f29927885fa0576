using LetterStudio.Drafting.Anecdotes;

namespace LetterStudio.Drafting.Templates;

/// <summary>
/// An anecdote as given to the model; <see cref="Shortened"/> when the token budget cut its text. Who picked it, who
/// else is in it and whether it touches a death or an illness go with it, so neither path tells a grandmother's story
/// as the recipient's or drops a funeral into a birthday letter.
/// </summary>
public sealed record PromptAnecdote(int Id, string Text, string? When, IReadOnlyList<string> Tags, bool Pinned, bool Shortened = false,
    bool PickedByCustomer = false, Sensitivity Sensitivity = Sensitivity.None, IReadOnlyList<string>? People = null,
    IReadOnlyList<string>? Deceased = null, string? About = null)
{
    public IReadOnlyList<string> OtherPeople => People ?? [];

    /// <summary>People in it who have died, as the customer or the writer recorded them: past tense, third person, never "you".</summary>
    public IReadOnlyList<string> DeceasedPeople => Deceased ?? [];

    /// <summary>The text without sentences that read as instructions: the only part a letter may retell.</summary>
    public string Story => AnecdoteReading.Story(Text);

    public IReadOnlyList<string> Instructions => AnecdoteReading.Instructions(Text);
}
