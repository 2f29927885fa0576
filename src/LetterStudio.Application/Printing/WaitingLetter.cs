using LetterStudio.Domain.Styles;

namespace LetterStudio.Application.Printing;

/// <summary>A rendered letter waiting for a batch, with what it is printed on.</summary>
public sealed record WaitingLetter(int OrderId, string Reference, DateOnly Due, int DocumentId, int Pages, PaperSize Paper,
    Stationery Stationery, string Ink, string RecipientName)
{
    public string GroupKey => $"{Paper}|{Stationery}|{Ink}";
    public string GroupLabel => $"{Paper} · {Stationery} · ink {Ink}";
}
