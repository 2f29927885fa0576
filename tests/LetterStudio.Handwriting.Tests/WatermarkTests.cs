namespace LetterStudio.Handwriting.Tests;

/// <summary>The watermark a test order's pages carry: on every page, as real text, in embedded subsets.</summary>
public class WatermarkTests
{
    private const string Mark = "TEST — not for mailing";

    [Test]
    public void Every_page_carries_the_mark_as_text_and_a_letter_without_it_has_none()
    {
        var marked = SampleLetters.Pdf(SampleLetters.Long(14), new RenderOptions { FontId = "caveat", Watermark = Mark });
        var plain = SampleLetters.Pdf(SampleLetters.Long(14), new RenderOptions { FontId = "caveat" });

        var pages = PdfTools.PdfToText(marked).Split('\f').Where(p => p.Trim().Length > 0).ToList();
        Assert.That(pages, Has.Count.GreaterThan(1));
        Assert.That(pages, Has.All.Contain(Mark));
        Assert.That(PdfTools.PdfToText(plain), Does.Not.Contain("TEST"));
    }

    [Test]
    public void The_mark_is_embedded_as_a_truetype_subset_and_the_letter_reads_back_unchanged()
    {
        var pdf = SampleLetters.Pdf(SampleLetters.Short, new RenderOptions { FontId = "kristi", Watermark = Mark });

        var fonts = PdfTools.Fonts(pdf);
        Assert.That(fonts.Select(f => f.Type), Has.All.EqualTo("CID TrueType"));
        Assert.That(fonts.Select(f => (f.Embedded, f.Subset)), Has.All.EqualTo((true, true)));
        Assert.That(pdf.Length, Is.LessThan(150_000), "the plain face is embedded as a subset, not whole");
        Assert.That(SampleLetters.Normalize(PdfTools.PdfToText(pdf)), Does.Contain(SampleLetters.Normalize(SampleLetters.Short.Salutation)));
    }

    [Test]
    public void A_mark_with_a_character_the_plain_face_lacks_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => SampleLetters.Pdf(SampleLetters.Short, new RenderOptions { Watermark = "TEST \u5F20" }));

        Assert.That(error!.ParamName, Is.EqualTo("Watermark"));
    }
}
