namespace LetterStudio.Domain.Anecdotes;

/// <summary>What makes a memory delicate, as the customer or the writer recorded it.</summary>
[Flags]
public enum AnecdoteSensitivity
{
    None = 0,
    /// <summary>Someone died: never added unasked to a celebration, told in the past tense.</summary>
    Death = 1,
    /// <summary>An illness, an operation, a hospital stay.</summary>
    Illness = 2,
    /// <summary>Something between the client and the recipient only: used only when chosen for a letter.</summary>
    Private = 4,
}
