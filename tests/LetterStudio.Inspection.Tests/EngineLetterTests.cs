using LetterStudio.Handwriting;

namespace LetterStudio.Inspection.Tests;

/// <summary>The report on letters from the real engine: clean type (realism 0) shows the tells a font shows.</summary>
public class EngineLetterTests
{
    private static readonly HandwritingRenderer Renderer = new(FontLibrary.Load(FontLibrary.DefaultDirectory));

    public static readonly Letter Sample = new()
    {
        Salutation = "Dear Margaret,",
        Paragraphs =
        [
            "I hope this letter finds you well and that the garden is finally blooming after all that rain. " +
            "We called the two of them yesterday, and they were still in the middle of moving the books.",
            "All the best to you and to Tom, and to the little ones, who will be bigger every time I see them.",
        ],
        Closing = "With warmest wishes,",
        Signature = "Eleanor",
    };

    private static InspectionReport Render(string font, int realism, string? watermark = null)
    {
        using var pdf = new MemoryStream();
        Renderer.RenderPdf(Sample, new RenderOptions { FontId = font, Realism = realism, Seed = 3, Watermark = watermark }, pdf);
        return PdfInspector.Inspect(pdf.ToArray());
    }

    [TestCase("kristi")]
    [TestCase("caveat")]
    public void Clean_type_repeats_its_forms_and_sets_every_word_on_a_straight_line(string font)
    {
        var report = Render(font, realism: 0);

        Assert.That(report.Tells.Single(t => t.Id == "repeated-words").Fails, Is.True);
        Assert.That(report.Tells.Single(t => t.Id == "rigid-words").Fails, Is.True);
        Assert.That(report.Total.RigidFraction, Is.EqualTo(1.0));
        Assert.That(report.AnyFails, Is.True);
    }

    [Test]
    public void The_words_found_are_the_words_of_the_letter()
    {
        var report = Render("caveat", realism: 2);

        var words = new[] { Sample.Salutation, Sample.Closing, Sample.Signature }.Concat(Sample.Paragraphs)
            .Sum(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.That(report.Total.Words, Is.EqualTo(words));
    }

    [Test]
    public void A_test_letters_diagonal_watermark_is_not_counted_as_writing()
    {
        var plain = Render("caveat", realism: 2);
        var marked = Render("caveat", realism: 2, watermark: "TEST — not for mailing");

        Assert.That(marked.Total.Words, Is.EqualTo(plain.Total.Words));
        Assert.That(marked.Total.FallbackGlyphs, Is.Empty);
    }
}
