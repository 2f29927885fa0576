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

    [TestCaseSource(nameof(FontsAndRealism))]
    public void Pdftotext_bbox_sees_every_written_word_as_one_word(string fontId, int realism)
    {
        var letter = SampleLetters.Reference with { Postscript = "P.S. “Tomorrow,” she said — “we’ll see…” Ça coûte 5 € or £4." };
        var pdf = SampleLetters.Pdf(letter, new RenderOptions { FontId = fontId, Realism = realism, Seed = 11 });

        Assert.That(PdfTools.BboxWords(pdf), Is.EqualTo(SampleLetters.TextOf(letter).Split(' ')));
    }

    [TestCaseSource(nameof(FontsAndRealism))]
    public void PdfPig_reads_every_word_whole_between_the_space_glyphs(string fontId, int realism)
    {
        var pdf = SampleLetters.Pdf(SampleLetters.Reference, new RenderOptions { FontId = fontId, Realism = realism, Seed = 11 });

        // Every word but a line's last ends with a real space glyph, and its glyphs carry its characters (a
        // ligature several): PdfPig's letters in content order, split at the spaces and where a line starts
        // again at the left, are the words. (Its nearest-neighbour word extractor guesses words from geometry
        // and is thrown by the letters' rise and fall in a few words.)
        using var document = PdfDocument.Open(pdf);
        var text = new System.Text.StringBuilder();
        foreach (var page in document.GetPages())
        {
            UglyToad.PdfPig.Content.Letter? previous = null;
            foreach (var letter in page.Letters)
            {
                if (previous is not null && letter.StartBaseLine.X < previous.StartBaseLine.X - 1) text.Append(' ');
                text.Append(letter.Value);
                previous = letter;
            }
            text.Append(' ');
        }
        var words = text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(words, Is.EqualTo(SampleLetters.TextOf(SampleLetters.Reference).Split(' ')));
    }

    [Test]
    public void A_multi_page_letter_reads_back_whole_with_a_fallback_character()
    {
        var letter = SampleLetters.Long(9) with { Postscript = "P.S. Greetings from Łódź." };
        var pdf = SampleLetters.Pdf(letter, new RenderOptions { FontId = "caveat", Seed = 5 });

        Assert.That(SampleLetters.Normalize(PdfTools.PdfToText(pdf)), Is.EqualTo(SampleLetters.TextOf(letter)));
    }
}
