namespace LetterStudio.Handwriting.Tests;

public class FallbackTests
{
    [Test]
    public void Characters_the_hand_lacks_come_from_the_fallback_font_glyph_by_glyph()
    {
        var hand = TestFonts.Library.Get("kristi");
        Assume.That(hand.Covers('Ж'), Is.False, "Kristi has no Cyrillic");
        var letter = new Letter { Salutation = "Dear Жанна,", Paragraphs = ["Hello"], Signature = "Ann" };

        var salutation = TestFonts.Renderer.Measure(letter, new RenderOptions { FontId = "kristi" }).Lines.First();

        var glyphs = salutation.Runs.SelectMany(r => r.Glyphs).ToList();
        bool Cyrillic(GlyphPlacement g) => g.CodePoint is >= 0x400 and < 0x500;
        Assert.That(glyphs.Where(Cyrillic).Select(g => g.FontId), Has.All.EqualTo(TestFonts.Library.Fallback.Id));
        Assert.That(glyphs.Where(g => !Cyrillic(g)).Select(g => g.FontId), Has.All.EqualTo("kristi"));
    }

    [Test]
    public void The_fallback_font_is_embedded_beside_the_hand()
    {
        var pdf = SampleLetters.Pdf(new Letter { Salutation = "Dear Жанна,", Signature = "Ann" }, new RenderOptions { FontId = "kristi" });

        Assert.That(PdfTools.Fonts(pdf).Select(f => f.Name), Has.Some.EndsWith("+DejaVuSans"));
    }

    [TestCase("Dear 张伟,", LetterPart.Salutation, 0, 1, 6, 0x5F20)]
    [TestCase("Dear Ann,", LetterPart.Paragraph, 1, 2, 4, 0x1F680)]
    public void A_character_no_bundled_font_covers_is_refused_with_its_position(string salutation, LetterPart part, int partIndex, int line, int column, int codePoint)
    {
        var letter = new Letter
        {
            Salutation = salutation,
            Paragraphs = ["All is well.", "A first line\nof \U0001F680 joy."],
            Signature = "Ann",
        };

        var refused = Assert.Throws<UnsupportedCharacterException>(() => TestFonts.Renderer.RenderPdf(letter, new RenderOptions(), new MemoryStream()));

        Assert.That(refused.CodePoint, Is.EqualTo(codePoint));
        Assert.That((refused.Part, refused.PartIndex, refused.Line, refused.Column), Is.EqualTo((part, partIndex, line, column)));
        Assert.That(refused.Message, Does.Contain(refused.CodePointLabel).And.Contain($"line {line}, column {column}"));
    }

    [Test]
    public void Nothing_is_written_when_a_character_is_refused()
    {
        using var output = new MemoryStream();
        var letter = new Letter { Salutation = "Dear Ann,", Paragraphs = ["\u0007"], Signature = "Bo" };

        Assert.Throws<UnsupportedCharacterException>(() => TestFonts.Renderer.RenderPdf(letter, new RenderOptions(), output));
        Assert.That(output.Length, Is.Zero);
    }
}
