using UglyToad.PdfPig;

namespace LetterStudio.Handwriting.Tests;

public class PdfOutputTests
{
    private static IEnumerable<string> Hands() => TestFonts.HandIds;

    [TestCaseSource(nameof(Hands))]
    public void Every_hand_is_embedded_once_with_all_its_forms_as_a_truetype_subset(string fontId)
    {
        var pdf = SampleLetters.Pdf(SampleLetters.Short, new RenderOptions { FontId = fontId, Realism = 3, Seed = 1 });

        // One font per hand, whatever forms are drawn: they are glyphs of the one hand file. The signature's hand may add one.
        var signatureFont = TestFonts.Library.Get(fontId).SignatureFontId;
        var fonts = PdfTools.Fonts(pdf);
        Assert.That(fonts, Has.Count.EqualTo(signatureFont is null || signatureFont == fontId ? 1 : 2), string.Join('\n', fonts));
        Assert.That(fonts.Select(f => f.Name), Has.Some.Contains("LS-"), "the hand file (renamed \"LS <name>\" as the OFL asks)");
        Assert.That(fonts.Select(f => f.Type), Has.All.EqualTo("CID TrueType"), "never Type 3");
        Assert.That(fonts.Select(f => (f.Embedded, f.Subset, f.Unicode)), Has.All.EqualTo((true, true, true)));
    }

    [TestCaseSource(nameof(Hands))]
    public void Embedded_fonts_hold_only_the_glyphs_used(string fontId)
    {
        var font = TestFonts.Library.Get(fontId);
        var whole = new FileInfo(Path.Combine(TestFonts.Directory, font.FileName)).Length;
        var pdf = SampleLetters.Pdf(new Letter { Salutation = "Hi,", Signature = "Al" }, new RenderOptions { FontId = fontId, Realism = 0 });

        Assert.That(pdf.Length, Is.LessThan(whole / 2), "a handful of glyphs must not carry the whole font");
    }

    [Test]
    public void A_fallback_character_does_not_embed_the_whole_fallback_font()
    {
        var pdf = SampleLetters.Pdf(new Letter { Salutation = "Dear Жанна,", Signature = "Al" }, new RenderOptions { FontId = "kristi" });

        Assert.That(pdf.Length, Is.LessThan(100_000), "DejaVu Sans alone is 760 KB");
    }

    [TestCase(0)]
    [TestCase(2)]
    public void Qpdf_finds_no_errors(int realism)
    {
        var pdf = SampleLetters.Pdf(SampleLetters.Long(8) with { Postscript = "P.S. Łódź" }, new RenderOptions { Realism = realism, Stationery = Stationery.Ruled });

        var (exitCode, output) = PdfTools.QpdfCheck(pdf);
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("No syntax or stream encoding errors"));
    }

    [Test]
    public void Title_and_author_are_written_as_metadata()
    {
        var pdf = SampleLetters.Pdf(SampleLetters.Short, new RenderOptions { Title = "Letter to Margaret" });

        using var document = PdfDocument.Open(pdf);
        Assert.That(document.Information.Title, Is.EqualTo("Letter to Margaret"));
        Assert.That(document.Information.Author, Is.EqualTo("Eleanor"), "the signature by default");
    }

    [Test]
    public void Pages_have_the_paper_size([Values] PaperSize paper)
    {
        var result = TestFonts.Renderer.RenderPdf(SampleLetters.Short, new RenderOptions { Paper = paper }, new MemoryStream());
        var expected = paper switch
        {
            PaperSize.A5 => (419.53f, 595.28f),
            PaperSize.A4 => (595.28f, 841.89f),
            PaperSize.Letter => (612f, 792f),
            _ => (360f, 504f),
        };

        Assert.That(result.Layout.Pages[0].Width, Is.EqualTo(expected.Item1).Within(0.01));
        Assert.That(result.Layout.Pages[0].Height, Is.EqualTo(expected.Item2).Within(0.01));
    }

    [Test]
    public void Many_letters_stream_into_one_document_and_read_back_in_order()
    {
        using var output = new MemoryStream();
        using (var document = TestFonts.Renderer.CreateDocument(output, new DocumentInfo("Batch", "LetterStudio")))
        {
            for (int i = 0; i < 30; i++) document.AddLetter(SampleLetters.Short with { Signature = $"Writer{i}" }, new RenderOptions { Seed = i });
            document.AddEnvelope(new Envelope { Recipient = ["Margaret Hill", "Bristol"] }, new EnvelopeOptions());
            Assert.That(document.PageCount, Is.EqualTo(31));
        }

        var text = SampleLetters.Normalize(PdfTools.PdfToText(output.ToArray()));
        var expected = string.Join(' ', Enumerable.Range(0, 30).Select(i => SampleLetters.TextOf(SampleLetters.Short with { Signature = $"Writer{i}" })))
            + " Margaret Hill Bristol";
        Assert.That(text, Is.EqualTo(expected));
    }
}
