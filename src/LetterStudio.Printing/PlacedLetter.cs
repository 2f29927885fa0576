namespace LetterStudio.Printing;

/// <summary>A letter written into a part, and where it went.</summary>
/// <param name="Sequence">Mailing order (envelope number).</param>
/// <param name="OrderId">Its order.</param>
/// <param name="OrderReference">The order reference.</param>
/// <param name="GroupLabel">Its group's label.</param>
/// <param name="RecipientName">Recipient.</param>
/// <param name="AddressLines">Postal address lines.</param>
/// <param name="Placement">Sheets and pages within the part's letters PDF, numbered from 1 within the part.</param>
/// <param name="EnvelopePage">Its page in the part's envelopes PDF, from 1.</param>
/// <param name="QrText">What its QR code says.</param>
public sealed record PlacedLetter(
    int Sequence,
    int OrderId,
    string OrderReference,
    string GroupLabel,
    string RecipientName,
    IReadOnlyList<string> AddressLines,
    SheetPlacement Placement,
    int EnvelopePage,
    string QrText);
