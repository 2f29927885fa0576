namespace LetterStudio.Printing;

/// <summary>Totals of a sheet plan.</summary>
/// <param name="Sheets">Physical sheets, separators included.</param>
/// <param name="PdfPages">PDF pages, separators and blank backs included.</param>
/// <param name="SeparatorSheets">Group separator sheets.</param>
/// <param name="BlankBacks">Blank backs added for duplex.</param>
public sealed record SheetTotals(int Sheets, int PdfPages, int SeparatorSheets, int BlankBacks);
