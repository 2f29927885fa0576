namespace LetterStudio.Drafting.Checks;

public enum FindingSeverity
{
    /// <summary>Worth a look: the letter is usable but drifts from the client's voice or length.</summary>
    Warning = 0,
    /// <summary>Must be fixed before the letter goes to the client.</summary>
    Error = 1,
}
