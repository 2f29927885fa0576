namespace LetterStudio.Printing;

/// <summary>One row of the batch manifest.</summary>
/// <param name="EnvelopeNumber">Mailing order (the letter's Sequence).</param>
/// <param name="OrderReference">Order reference.</param>
/// <param name="RecipientName">Recipient.</param>
/// <param name="AddressLines">Postal address lines.</param>
/// <param name="Pages">The letter's own pages.</param>
/// <param name="FirstSheet">First sheet in the whole batch, from 1.</param>
/// <param name="LastSheet">Last sheet in the whole batch.</param>
/// <param name="GroupLabel">Paper/ink group.</param>
public sealed record ManifestLine(
    int EnvelopeNumber,
    string OrderReference,
    string RecipientName,
    IReadOnlyList<string> AddressLines,
    int Pages,
    int FirstSheet,
    int LastSheet,
    string GroupLabel)
{
    /// <summary>
    /// The manifest of parts written in order: part-relative sheets are shifted by the sheets of
    /// the parts before, which is exact because every part ends on a whole sheet.
    /// </summary>
    public static IReadOnlyList<ManifestLine> FromParts(IReadOnlyList<PartFiles> partsInOrder)
    {
        ArgumentNullException.ThrowIfNull(partsInOrder);
        var lines = new List<ManifestLine>();
        var sheetsBefore = 0;
        foreach (var part in partsInOrder)
        {
            foreach (var letter in part.Letters)
                lines.Add(new ManifestLine(letter.Sequence, letter.OrderReference, letter.RecipientName, letter.AddressLines,
                    letter.Placement.LetterPages, sheetsBefore + letter.Placement.FirstSheet, sheetsBefore + letter.Placement.LastSheet,
                    letter.GroupLabel));
            sheetsBefore += part.Sheets;
        }
        return lines;
    }
}
