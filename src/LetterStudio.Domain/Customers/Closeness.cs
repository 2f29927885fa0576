namespace LetterStudio.Domain.Customers;

/// <summary>
/// How the client writes to one recipient, from formal to intimate, as the client (or the writer) set it.
/// Unset on a recipient, drafting reads it from the relationship instead.
/// </summary>
public enum Closeness
{
    /// <summary>A coach, colleague, teacher, neighbour: courteous, no endearments.</summary>
    Formal = 0,
    /// <summary>A friend: warm and easy.</summary>
    Friend = 1,
    /// <summary>A relative: affection, but nothing a partner would say.</summary>
    Family = 2,
    /// <summary>A partner: love, as the client says it.</summary>
    Intimate = 3,
}
