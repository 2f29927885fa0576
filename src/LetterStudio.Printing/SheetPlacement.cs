namespace LetterStudio.Printing;

/// <summary>Where one letter lands in the printed stack.</summary>
/// <param name="Sequence">The letter's mailing order (envelope number).</param>
/// <param name="FirstSheet">First physical sheet of the letter, from 1 (separators counted).</param>
/// <param name="SheetCount">Sheets the letter takes.</param>
/// <param name="FirstPage">First PDF page of the letter, from 1 (separator and blank pages counted).</param>
/// <param name="PdfPages">PDF pages the letter takes, its blank back included.</param>
/// <param name="LetterPages">The letter's own pages.</param>
/// <param name="HasBlankBack">True when a blank back was added (duplex, odd page count): the QR code goes there.</param>
/// <param name="SeparatorBefore">True when a group separator sheet comes just before it.</param>
public sealed record SheetPlacement(
    int Sequence,
    int FirstSheet,
    int SheetCount,
    int FirstPage,
    int PdfPages,
    int LetterPages,
    bool HasBlankBack,
    bool SeparatorBefore)
{
    /// <summary>Last sheet of the letter.</summary>
    public int LastSheet => FirstSheet + SheetCount - 1;
}
