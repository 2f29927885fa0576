using SkiaSharp;

namespace LetterStudio.Handwriting.Tests;

public class PngPreviewTests
{
    [TestCase(PaperSize.A5, 72, 420, 595)]
    [TestCase(PaperSize.A5, 150, 874, 1240)]
    [TestCase(PaperSize.Letter, 100, 850, 1100)]
    public void A_page_preview_has_the_pixel_size_of_its_dpi(PaperSize paper, float dpi, int width, int height)
    {
        using var output = new MemoryStream();
        var size = TestFonts.Renderer.RenderPng(SampleLetters.Short, new RenderOptions { Paper = paper }, 0, dpi, output);

        using var bitmap = SKBitmap.Decode(output.ToArray());
        Assert.That((size.WidthPixels, size.HeightPixels), Is.EqualTo((width, height)));
        Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((width, height)));
    }

    [Test]
    public void The_preview_shows_ink_where_the_layout_put_words()
    {
        using var output = new MemoryStream();
        var options = new RenderOptions { Seed = 4 };
        TestFonts.Renderer.RenderPng(SampleLetters.Short, options, 0, 72, output);
        var layout = TestFonts.Renderer.Measure(SampleLetters.Short, options);

        using var bitmap = SKBitmap.Decode(output.ToArray());
        foreach (var run in layout.Lines.SelectMany(l => l.Runs).Where(r => r.Text.Length > 3))
        {
            bool inked = false;
            for (int x = (int)run.Box.Left; x < (int)run.Box.Right && !inked; x++)
            for (int y = (int)run.Box.Top; y < (int)run.Box.Bottom && !inked; y++)
                inked = bitmap.GetPixel(x, y).Blue > bitmap.GetPixel(x, y).Red + 40;
            Assert.That(inked, $"no ink under '{run.Text}'");
        }
        Assert.That(bitmap.GetPixel(2, 2), Is.EqualTo(new SKColor(0xFF, 0xFE, 0xFA)), "paper in the margin");
    }

    [Test]
    public void Any_page_of_a_long_letter_can_be_previewed_and_pages_past_the_end_are_refused()
    {
        var letter = SampleLetters.Long(12);
        int pages = TestFonts.Renderer.Measure(letter, new RenderOptions()).Pages.Count;

        Assert.That(TestFonts.Renderer.RenderPng(letter, new RenderOptions(), pages - 1, 50, new MemoryStream()).WidthPixels, Is.EqualTo(291));
        Assert.Throws<ArgumentOutOfRangeException>(() => TestFonts.Renderer.RenderPng(letter, new RenderOptions(), pages, 50, new MemoryStream()));
    }

    [Test]
    public void Envelopes_can_be_previewed()
    {
        var size = TestFonts.Renderer.RenderEnvelopePng(new Envelope { Recipient = ["A. Person", "Town"] }, new EnvelopeOptions { Size = EnvelopeSize.No10 }, 72, new MemoryStream());

        Assert.That((size.WidthPixels, size.HeightPixels), Is.EqualTo((684, 297)));
    }
}
