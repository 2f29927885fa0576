namespace LetterStudio.Domain.Anecdotes;

/// <summary>Who wrote an anecdote down: the customer themselves, or a writer from a conversation with them.</summary>
public enum AnecdoteAuthor
{
    Customer = 0,
    Writer = 1,
}
