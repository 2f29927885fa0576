namespace LetterStudio.Printing.Tests;

public class SheetPlanTests
{
    [TestCase(false, new[] { 1, 2, 3 }, new[] { 2, 3, 5 }, new[] { 1, 2, 3 }, 7)]
    [TestCase(true, new[] { 1, 2, 3 }, new[] { 2, 3, 4 }, new[] { 1, 1, 2 }, 5)]
    [TestCase(true, new[] { 4 }, new[] { 2 }, new[] { 2 }, 3)]
    public void Each_letter_starts_on_a_new_sheet_after_one_separator(bool duplex, int[] pages, int[] firstSheets, int[] sheetCounts, int totalSheets)
    {
        var plan = SheetPlan.Plan(pages.Select((p, i) => (i + 1, i == 0, p)).ToList(), duplex);
        Assert.That(plan.Select(p => p.FirstSheet), Is.EqualTo(firstSheets));
        Assert.That(plan.Select(p => p.SheetCount), Is.EqualTo(sheetCounts));
        Assert.That(SheetPlan.Totals(plan, duplex).Sheets, Is.EqualTo(totalSheets));
    }

    [Test]
    public void In_duplex_odd_letters_get_a_blank_back_and_every_letter_starts_on_an_odd_page()
    {
        var plan = SheetPlan.Plan([(1, true, 3), (2, false, 2), (3, true, 1)], duplex: true);
        Assert.That(plan.Select(p => p.HasBlankBack), Is.EqualTo(new[] { true, false, true }));
        Assert.That(plan.Select(p => p.FirstPage), Is.EqualTo(new[] { 3, 7, 11 }));
        Assert.That(plan.Select(p => p.FirstPage % 2), Is.All.EqualTo(1));
        Assert.That(SheetPlan.Totals(plan, true), Is.EqualTo(new SheetTotals(Sheets: 6, PdfPages: 12, SeparatorSheets: 2, BlankBacks: 2)));
    }

    [Test]
    public void A_letter_without_pages_is_refused_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => SheetPlan.Plan([(1, true, 1), (7, false, 0)], duplex: false));
        Assert.That(error!.Message, Does.Contain("Letter 7"));
    }

    [TestCase(17, 42, 42, "LS:B17:O42:E42")]
    [TestCase(9999, 9999999, 99999, "LS:B9999:O9999999:E99999")]
    public void A_print_mark_is_short_qr_alphanumeric_text_that_parses_back(int batch, int order, int envelope, string text)
    {
        var mark = new PrintMark(batch, order, envelope);
        Assert.That(mark.ToString(), Is.EqualTo(text));
        Assert.That(text, Has.Length.LessThanOrEqualTo(25), "fits a version-1 QR code at level L");
        Assert.That(PrintMark.TryParse(text, out var parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(mark));
    }

    [TestCase("LS:B17:O42")]
    [TestCase("XX:B17:O42:E1")]
    [TestCase("LS:B17:O-4:E1")]
    [TestCase(null)]
    public void Text_that_is_not_a_print_mark_does_not_parse(string? text) =>
        Assert.That(PrintMark.TryParse(text, out _), Is.False);
}
