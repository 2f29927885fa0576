namespace LetterStudio.Handwriting.Tests;

public class EnvelopeTests
{
    private static readonly Envelope Addresses = new()
    {
        Recipient = ["Margaret Hill", "12 Orchard Lane", "Clifton", "Bristol BS8 4DJ"],
        ReturnAddress = ["Eleanor Price", "3 Mill Road", "York YO1 7HH"],
    };

    [TestCase(EnvelopeSize.DL, 623.62f, 311.81f)]
    [TestCase(EnvelopeSize.C5, 649.13f, 459.21f)]
    [TestCase(EnvelopeSize.No10, 684f, 297f)]
    public void Envelopes_carry_both_addresses_in_the_same_hand(EnvelopeSize size, float width, float height)
    {
        using var output = new MemoryStream();
        var result = TestFonts.Renderer.RenderEnvelopePdf(Addresses, new EnvelopeOptions { Size = size, FontId = "caveat", Seed = 3 }, output);

        var page = result.Layout.Pages.Single();
        Assert.That((page.Width, page.Height), Is.EqualTo((width, height)).Using<(float, float)>((a, b) => Math.Abs(a.Item1 - b.Item1) < 0.01 && Math.Abs(a.Item2 - b.Item2) < 0.01));
        Assert.That(page.Lines.SelectMany(l => l.Runs).SelectMany(r => r.Glyphs).Select(g => g.FontId), Has.All.EqualTo("caveat"));
        Assert.That(page.Lines.SelectMany(l => l.Runs).All(r => page.ContentBox.Contains(r.Box)));

        var recipient = page.Lines.Where(l => l.Part == LetterPart.Recipient).ToList();
        var sender = page.Lines.Where(l => l.Part == LetterPart.ReturnAddress).ToList();
        Assert.That(recipient.Select(l => l.Text), Is.EqualTo(Addresses.Recipient));
        Assert.That(sender.Select(l => l.Text), Is.EqualTo(Addresses.ReturnAddress));
        Assert.That(sender.Max(l => l.Box.Bottom), Is.LessThan(recipient.Min(l => l.Box.Top)), "return address above the recipient");
        Assert.That(recipient.Min(l => l.Box.Left), Is.GreaterThan(width * 0.35f), "recipient right of the middle");
        Assert.That(sender.Max(l => l.Box.Right), Is.LessThan(width / 2), "return address at the left");

        var text = SampleLetters.Normalize(PdfTools.PdfToText(output.ToArray()));
        Assert.That(text, Is.EqualTo(SampleLetters.Normalize(string.Join(' ', Addresses.ReturnAddress.Concat(Addresses.Recipient)))));
    }

    [Test]
    public void An_envelope_without_a_recipient_is_refused()
    {
        Assert.Throws<ArgumentException>(() => TestFonts.Renderer.RenderEnvelopePdf(new Envelope(), new EnvelopeOptions(), new MemoryStream()));
    }
}
