namespace LetterStudio.Domain.Styles;

/// <summary>How much humour the customer's letters carry.</summary>
public enum Humour
{
    None = 0,
    Gentle = 1,
    Playful = 2,
    Wry = 3,
}
