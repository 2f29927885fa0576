using LetterStudio.Inspection.Reading;
using UglyToad.PdfPig;

namespace LetterStudio.Inspection.Tests;

public class GlyphReaderTests
{
    [Test]
    public void Each_glyph_is_read_with_the_glyph_id_it_was_drawn_with_even_one_no_character_maps_to()
    {
        var alternate = TestPdf.UnmappedGlyphs(TestPdf.Hand)[^1];
        ushort[] drawn = [TestPdf.GlyphOf('s'), TestPdf.GlyphOf('t'), alternate, TestPdf.GlyphOf('l'), TestPdf.GlyphOf('l')];
        var pdf = new TestPdf().Line(0, 80, new TestWord("still") { Glyphs = drawn }).Write();

        using var document = PdfDocument.Open(pdf);
        var glyphs = GlyphReader.Read(document.GetPage(1));

        Assert.That(string.Concat(glyphs.Select(g => g.Text)), Is.EqualTo("still "));
        Assert.That(glyphs.Take(5).Select(g => g.GlyphId), Is.EqualTo(drawn.Select(g => (int?)g)));
        Assert.That(glyphs.Select(g => g.Font).Distinct().Single(), Does.EndWith("Caveat-Regular"));
        Assert.That(glyphs[0].Size, Is.EqualTo(20).Within(0.01));
    }

    [Test]
    public void The_ink_box_is_the_outline_not_the_advance()
    {
        var pdf = new TestPdf().Line(0, 80, new TestWord("l.")).Write();
        using var font = TestPdf.Font(TestPdf.Hand, 20);
        using var l = font.GetGlyphPath(TestPdf.GlyphOf('l'));
        using var dot = font.GetGlyphPath(TestPdf.GlyphOf('.'));

        using var document = PdfDocument.Open(pdf);
        var glyphs = GlyphReader.Read(document.GetPage(1));

        // Page space is y up: the outline's top (Skia, y down) is its height above the baseline.
        var (lInk, dotInk) = (glyphs[0].Ink, glyphs[1].Ink);
        Assert.That(lInk.Left - glyphs[0].OriginX, Is.EqualTo(l.TightBounds.Left).Within(0.1));
        Assert.That(lInk.Right - lInk.Left, Is.EqualTo(l.TightBounds.Width).Within(0.1));
        Assert.That(lInk.Top - glyphs[0].OriginY, Is.EqualTo(-l.TightBounds.Top).Within(0.1));
        Assert.That(dotInk.Top - dotInk.Bottom, Is.EqualTo(dot.TightBounds.Height).Within(0.1));
        Assert.That(dotInk.Right - dotInk.Left, Is.LessThan(glyphs[1].EndX - glyphs[1].OriginX), "a full stop's ink is narrower than its advance");
    }

    [Test]
    public void Each_glyph_carries_its_fill_colour()
    {
        var pdf = new TestPdf().Line(0, 80, new TestWord("ink") { Color = new SkiaSharp.SKColor(0x20, 0x40, 0x80) }).Write();

        using var document = PdfDocument.Open(pdf);
        var fill = GlyphReader.Read(document.GetPage(1))[0].Fill;

        Assert.That(fill.R * 255, Is.EqualTo(0x20).Within(1));
        Assert.That(fill.G * 255, Is.EqualTo(0x40).Within(1));
        Assert.That(fill.B * 255, Is.EqualTo(0x80).Within(1));
    }
}
