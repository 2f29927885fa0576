using System.Globalization;

namespace LetterStudio.Printing.Pdf;

/// <summary>The one-page batch summary: counts, sheets per group, then as many rows as fit.</summary>
internal static class ManifestPage
{
    public const double Width = 595.28, Height = 841.89;
    private const double Margin = 48, Row = 11;

    public static byte[] Content(BatchSettings settings, IReadOnlyList<PartFiles> parts, IReadOnlyList<ManifestLine> lines, OutputFile letters, OutputFile envelopes)
    {
        string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
        var page = new ContentBuilder();
        var y = Height - Margin - 18;
        page.Text(DrawnPage.Bold, 18, Margin, y, F($"Print batch {settings.BatchId} · manifest"));
        y -= 20;
        var when = settings.CreatedAt is { } at ? F($" · made {at:yyyy-MM-dd HH:mm} UTC{at:zzz}") : "";
        page.Text(DrawnPage.Regular, 9, Margin, y, PdfText.Fit(F($"{(settings.Duplex ? "Duplex" : "Simplex")} · paper: {settings.PaperLabel}{when}"), 9, Width - 2 * Margin));

        var separators = parts.Sum(p => p.Letters.Count(l => l.Placement.SeparatorBefore));
        y -= 22;
        foreach (var text in new[]
                 {
                     F($"Letters: {lines.Count}    Letter pages: {lines.Sum(l => l.Pages)}    Envelopes: {parts.Sum(p => p.EnvelopesPdf.Pages)}    Parts: {parts.Count}"),
                     F($"Sheets: {parts.Sum(p => p.Sheets)} (of which {separators} group separators)    Failed letters: {parts.Sum(p => p.Failures.Count)}"),
                     F($"letters.pdf: {letters.Pages} pages, SHA-256 {letters.Sha256[..16]}…    envelopes.pdf: {envelopes.Pages} pages, SHA-256 {envelopes.Sha256[..16]}…"),
                 })
        {
            page.Text(DrawnPage.Regular, 9, Margin, y, text);
            y -= Row + 2;
        }

        y -= 10;
        page.Text(DrawnPage.Bold, 11, Margin, y, "Sheets per group");
        y -= Row + 3;
        var groups = Groups(lines);
        const int maxGroups = 12;
        Columns(page, y, true, "Envelopes", "Paper and ink", "Letters", "Sheets (with separator)");
        y -= Row;
        foreach (var group in groups.Take(maxGroups))
        {
            Columns(page, y, false, F($"{group.First}–{group.Last}"), PdfText.Fit(group.Label, 8, 300), F($"{group.Letters}"), F($"{group.Sheets}"));
            y -= Row;
        }
        if (groups.Count > maxGroups)
        {
            page.Text(DrawnPage.Regular, 8, Margin, y, F($"… and {groups.Count - maxGroups} more groups (see manifest.csv)"));
            y -= Row;
        }

        y -= 10;
        page.Text(DrawnPage.Bold, 11, Margin, y, "Letters in mailing order");
        y -= Row + 3;
        Columns(page, y, true, "Env.", "Order", "Recipient", "Pages", "Sheets");
        y -= Row;
        var room = (int)((y - Margin - Row) / Row);
        foreach (var line in lines.Take(room))
        {
            var recipient = line.AddressLines.Count > 0 ? $"{line.RecipientName}, {line.AddressLines[^1]}" : line.RecipientName;
            Columns(page, y, false, F($"{line.EnvelopeNumber}"), line.OrderReference, PdfText.Fit(recipient, 8, 290),
                F($"{line.Pages}"), F($"{line.FirstSheet}–{line.LastSheet}"));
            y -= Row;
        }
        if (lines.Count > room)
            page.Text(DrawnPage.Regular, 8, Margin, y, F($"… and {lines.Count - room} more letters: see manifest.csv for all {lines.Count}."));
        return page.ToBytes();
    }

    private static void Columns(ContentBuilder page, double y, bool bold, params string[] cells)
    {
        double[] x = cells.Length == 4 ? [Margin, Margin + 60, Margin + 370, Margin + 440] : [Margin, Margin + 40, Margin + 120, Margin + 420, Margin + 460];
        for (var i = 0; i < cells.Length; i++) page.Text(bold ? DrawnPage.Bold : DrawnPage.Regular, 8, x[i], y, cells[i]);
    }

    private sealed record Group(string Label, int First, int Last, int Letters, int Sheets);

    /// <summary>Runs of consecutive letters with the same group; each run had a separator sheet.</summary>
    private static List<Group> Groups(IReadOnlyList<ManifestLine> lines)
    {
        var groups = new List<Group>();
        foreach (var line in lines)
        {
            var sheets = line.LastSheet - line.FirstSheet + 1;
            if (groups.Count > 0 && groups[^1].Label == line.GroupLabel)
                groups[^1] = groups[^1] with { Last = line.EnvelopeNumber, Letters = groups[^1].Letters + 1, Sheets = groups[^1].Sheets + sheets };
            else groups.Add(new Group(line.GroupLabel, line.EnvelopeNumber, line.EnvelopeNumber, 1, sheets + 1));
        }
        return groups;
    }
}
