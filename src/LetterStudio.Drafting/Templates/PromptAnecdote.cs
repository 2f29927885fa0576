namespace LetterStudio.Drafting.Templates;

/// <summary>An anecdote as given to the model; <see cref="Shortened"/> when the token budget cut its text.</summary>
public sealed record PromptAnecdote(int Id, string Text, string? When, IReadOnlyList<string> Tags, bool Pinned, bool Shortened = false);
