namespace LetterStudio.Handwriting.Tests;

public class PaginationTests
{
    private static IEnumerable<int> ParagraphCounts() => Enumerable.Range(1, 24);

    [Test]
    public void The_closing_and_signature_always_share_a_page_with_body_text([ValueSource(nameof(ParagraphCounts))] int paragraphs)
    {
        var layout = TestFonts.Renderer.Measure(SampleLetters.Long(paragraphs), new RenderOptions { Paper = PaperSize.A5, Seed = paragraphs });

        var closingPage = layout.Pages.Single(p => p.Lines.Any(l => l.Part == LetterPart.Closing));
        Assert.That(closingPage.Lines.Any(l => l.Part == LetterPart.Signature), "signature on the closing's page");
        Assert.That(closingPage.Lines.Count(l => l.Part == LetterPart.Paragraph), Is.GreaterThanOrEqualTo(2), "closing not alone on its page");
    }

    [Test]
    public void A_long_letter_flows_onto_as_many_pages_as_it_needs()
    {
        var letter = SampleLetters.Long(20);
        var result = TestFonts.Renderer.RenderPdf(letter, new RenderOptions(), new MemoryStream());

        Assert.That(result.PageCount, Is.GreaterThan(3));
        Assert.That(result.Layout.Pages, Has.Count.EqualTo(result.PageCount));
        Assert.That(result.Layout.Pages.All(p => p.Lines.Count > 0));
    }

    [Test]
    public void No_page_starts_or_ends_with_a_single_line_of_a_paragraph()
    {
        for (int paragraphs = 2; paragraphs < 16; paragraphs++)
        {
            var layout = TestFonts.Renderer.Measure(SampleLetters.Long(paragraphs), new RenderOptions { Paper = PaperSize.Card5x7, Seed = paragraphs });
            var allLines = layout.Lines.ToList();
            foreach (var (page, next) in layout.Pages.Zip(layout.Pages.Skip(1)))
            {
                var last = page.Lines[^1];
                var first = next.Lines[0];
                if (last.Part != LetterPart.Paragraph || first.Part != LetterPart.Paragraph || last.PartIndex != first.PartIndex) continue;
                int linesOfParagraph = allLines.Count(l => l.Part == LetterPart.Paragraph && l.PartIndex == last.PartIndex);
                int onThisPage = page.Lines.Count(l => l.Part == LetterPart.Paragraph && l.PartIndex == last.PartIndex);
                Assert.That(onThisPage, Is.GreaterThanOrEqualTo(2), $"orphan of paragraph {last.PartIndex} on page {page.Index}");
                Assert.That(linesOfParagraph - onThisPage, Is.GreaterThanOrEqualTo(2), $"widow of paragraph {last.PartIndex} on page {next.Index}");
            }
        }
    }

    [Test]
    public void On_ruled_stationery_every_line_sits_on_a_rule()
    {
        var layout = TestFonts.Renderer.Measure(SampleLetters.Long(6), new RenderOptions { FontId = "caveat", Stationery = Stationery.Ruled, Seed = 9 });

        foreach (var page in layout.Pages)
        {
            Assert.That(page.Rules, Is.Not.Empty);
            foreach (var line in page.Lines)
            {
                Assert.That(page.Rules.Min(rule => Math.Abs(rule - line.Baseline)), Is.LessThan(0.01f), $"line '{line.Text}'");
                Assert.That(line.Runs.Select(r => Math.Abs(r.OriginY - line.Baseline)), Has.All.LessThan(1.5f), "words stay on the rule");
            }
        }
    }

    [Test]
    public void Plain_stationery_has_no_rules()
    {
        Assert.That(TestFonts.Renderer.Measure(SampleLetters.Short, new RenderOptions()).Pages.SelectMany(p => p.Rules), Is.Empty);
    }

    [Test]
    public void The_signature_is_written_larger_or_in_the_chosen_second_font()
    {
        var same = TestFonts.Renderer.Measure(SampleLetters.Short, new RenderOptions { FontId = "caveat", Realism = 0 });
        var second = TestFonts.Renderer.Measure(SampleLetters.Short, new RenderOptions { FontId = "caveat", SignatureFontId = "kristi", Realism = 0 });

        var signature = same.Lines.Single(l => l.Part == LetterPart.Signature).Runs[0].Glyphs[0];
        var body = same.Lines.First(l => l.Part == LetterPart.Paragraph).Runs[0].Glyphs[0];
        Assert.That(signature.Size, Is.GreaterThan(body.Size * 1.2f));
        Assert.That(second.Lines.Single(l => l.Part == LetterPart.Signature).Runs[0].Glyphs.Select(g => g.FontId), Has.All.EqualTo("kristi"));
    }

    [Test]
    public void The_date_is_written_at_the_top_right()
    {
        var page = TestFonts.Renderer.Measure(SampleLetters.Short, new RenderOptions()).Pages[0];
        var date = page.Lines[0];

        Assert.That(date.Part, Is.EqualTo(LetterPart.Date));
        Assert.That(page.ContentBox.Right - date.Box.Right, Is.LessThan(8));
        Assert.That(date.Box.Left, Is.GreaterThan(page.ContentBox.Left + page.ContentBox.Width / 3));
    }
}
