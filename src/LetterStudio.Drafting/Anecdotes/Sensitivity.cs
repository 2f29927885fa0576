namespace LetterStudio.Drafting.Anecdotes;

/// <summary>What makes an anecdote delicate: never added unasked to a celebration, and told with care.</summary>
[Flags]
public enum Sensitivity
{
    None = 0,
    Death = 1,
    Illness = 2,
    /// <summary>Between the client and the recipient only (recorded, never read from the text): used only when chosen.</summary>
    Private = 4,
}
