using LetterStudio.Drafting.Voice;

namespace LetterStudio.Drafting.Models.Offline;

/// <summary>Who a phrase may be said to.</summary>
[Flags]
internal enum Audience
{
    Intimate = 1,
    Family = 2,
    Friend = 4,
    Formal = 8,
    Close = Intimate | Family | Friend,
    Anyone = Close | Formal,
}

/// <summary>One sentence of the phrasebook and who it fits; {name} is what the letter calls the recipient.</summary>
/// <param name="Occasions">Space-separated occasion keys the phrase belongs to; null for any.</param>
internal sealed record Phrase(string Text, Audience To = Audience.Anyone, string? Occasions = null)
{
    public bool Fits(Register register, string occasionKey) =>
        (Occasions is null || Occasions.Split(' ').Contains(occasionKey)) && To.HasFlag(register switch
    {
        Register.Intimate => Audience.Intimate,
        Register.Family => Audience.Family,
        Register.Friend => Audience.Friend,
        _ => Audience.Formal,
    });

    public static implicit operator Phrase(string text) => new(text);
}
