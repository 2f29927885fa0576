namespace LetterStudio.Drafting.Voice;

/// <summary>How close the client is to the recipient, read from the relationship: it decides the frame and the phrasing.</summary>
public enum Register
{
    /// <summary>A spouse or partner: the client's own greeting and sign-off, love and promises.</summary>
    Intimate,
    /// <summary>A parent, child, sibling or other relative: affection, but nothing a partner would say.</summary>
    Family,
    /// <summary>A friend: warm and easy.</summary>
    Friend,
    /// <summary>A coach, colleague, teacher, neighbour: courteous; "Dear", never pet names or "love".</summary>
    Formal,
}
