namespace LetterStudio.Printing;

/// <summary>
/// Lays letters out on sheets: each letter starts on a new sheet, a separator sheet goes before
/// every group (in duplex both its sides, so the next letter still starts on a front), and in
/// duplex a letter with an odd page count gets a blank back.
/// </summary>
public static class SheetPlan
{
    /// <summary>Places letters in the order given, numbering sheets and pages from 1.</summary>
    /// <exception cref="ArgumentException">A letter has fewer than one page.</exception>
    public static IReadOnlyList<SheetPlacement> Plan(IReadOnlyList<(int Sequence, bool StartsGroup, int PageCount)> letters, bool duplex)
    {
        ArgumentNullException.ThrowIfNull(letters);
        var placements = new List<SheetPlacement>(letters.Count);
        int sheet = 1, page = 1;
        foreach (var (sequence, startsGroup, pageCount) in letters)
        {
            if (pageCount < 1)
                throw new ArgumentException($"Letter {sequence} has {pageCount} pages; a letter has at least one.", nameof(letters));
            if (startsGroup)
            {
                sheet++;
                page += SeparatorPages(duplex);
            }
            var sheets = duplex ? (pageCount + 1) / 2 : pageCount;
            var pdfPages = duplex ? sheets * 2 : pageCount;
            placements.Add(new SheetPlacement(sequence, sheet, sheets, page, pdfPages, pageCount,
                HasBlankBack: pdfPages > pageCount, SeparatorBefore: startsGroup));
            sheet += sheets;
            page += pdfPages;
        }
        return placements;
    }

    /// <summary>Adds up a plan.</summary>
    public static SheetTotals Totals(IReadOnlyList<SheetPlacement> plan, bool duplex)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var separators = plan.Count(p => p.SeparatorBefore);
        return new SheetTotals(
            Sheets: separators + plan.Sum(p => p.SheetCount),
            PdfPages: separators * SeparatorPages(duplex) + plan.Sum(p => p.PdfPages),
            SeparatorSheets: separators,
            BlankBacks: plan.Count(p => p.HasBlankBack));
    }

    /// <summary>PDF pages of one separator sheet: its front, and in duplex its blank back.</summary>
    public static int SeparatorPages(bool duplex) => duplex ? 2 : 1;
}
