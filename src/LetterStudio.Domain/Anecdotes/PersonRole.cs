namespace LetterStudio.Domain.Anecdotes;

/// <summary>Who a person in a memory is to the letter: the one it is written to (the only "you"), the client who writes it, or someone else.</summary>
public enum PersonRole
{
    Recipient = 0,
    Client = 1,
    Other = 2,
}
