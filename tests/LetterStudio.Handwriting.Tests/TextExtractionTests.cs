using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace LetterStudio.Handwriting.Tests;

public class TextExtractionTests
{
    private static IEnumerable<TestCaseData> FontsAndRealism() =>
        TestFonts.HandIds.SelectMany(id => new[] { 0, RenderOptions.DefaultRealism, 3 }.Select(r => new TestCaseData(id, r)));

    [TestCaseSource(nameof(FontsAndRealism))]
    public void Pdftotext_reads_back_the_letter_in_reading_order(string fontId, int realism)
    {
        var pdf = SampleLetters.Pdf(SampleLetters.Short, new RenderOptions { FontId = fontId, Realism = realism, Seed = 11 });

        Assert.That(SampleLetters.Normalize(PdfTools.PdfToText(pdf)), Is.EqualTo(SampleLetters.TextOf(SampleLetters.Short)));
    }

    [TestCaseSource(nameof(FontsAndRealism))]
    public void PdfPig_reads_back_the_letter_in_reading_order(string fontId, int realism)
    {
        var pdf = SampleLetters.Pdf(SampleLetters.Short, new RenderOptions { FontId = fontId, Realism = realism, Seed = 11 });

        using var document = PdfDocument.Open(pdf);
        var text = string.Join(' ', document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)));
        Assert.That(SampleLetters.Normalize(text), Is.EqualTo(SampleLetters.TextOf(SampleLetters.Short)));
    }

    [Test]
    public void A_multi_page_letter_reads_back_whole_with_a_fallback_character()
    {
        var letter = SampleLetters.Long(9) with { Postscript = "P.S. Greetings from Łódź." };
        var pdf = SampleLetters.Pdf(letter, new RenderOptions { FontId = "caveat", Seed = 5 });

        Assert.That(SampleLetters.Normalize(PdfTools.PdfToText(pdf)), Is.EqualTo(SampleLetters.TextOf(letter)));
    }
}
