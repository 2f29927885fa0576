using System.Globalization;

namespace LetterStudio.Printing.Pdf;

/// <summary>The sheet put before each paper/ink group: what to load, and which envelopes follow.</summary>
internal static class SeparatorSheet
{
    public static byte[] Content(BatchSettings settings, int partNumber, BatchLetter first, BatchLetter last, double width, double height)
    {
        var margin = Math.Min(width, height) / 10;
        var textWidth = width - 2 * margin - 20;
        var top = height - margin;
        string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
        return new ContentBuilder()
            // A black band on the outer edge shows in the side of the stack where each group starts.
            .Op("q 0 g").Rect(width - 14, 0, 14, height).Op("f Q")
            .Text(DrawnPage.Regular, 11, margin, top - 11, Line($"LetterStudio print batch {settings.BatchId} · part {partNumber}"))
            .Text(DrawnPage.Bold, 22, margin, top - 60, "Group separator")
            .Text(DrawnPage.Bold, 15, margin, top - 100, PdfText.Fit(first.GroupLabel, 15, textWidth))
            .Text(DrawnPage.Regular, 11, margin, top - 130,
                Line($"Envelopes {first.Sequence} to {last.Sequence} follow, starting with {first.OrderReference}."))
            .Text(DrawnPage.Regular, 9, margin, top - 150, PdfText.Fit(Line($"Group {first.GroupKey}"), 9, textWidth))
            .ToBytes();
    }
}
