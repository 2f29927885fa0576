namespace LetterStudio.Handwriting.Tests;

public class MarginTests
{
    [Test]
    public void Every_glyph_box_stays_inside_the_margins_for_many_random_letters()
    {
        var random = new Random(20260312);
        var papers = Enum.GetValues<PaperSize>();
        int runs = 0;
        for (int i = 0; i < 120; i++)
        {
            var letter = RandomLetters.Make(random);
            var options = new RenderOptions
            {
                FontId = TestFonts.Library.Fonts[i % TestFonts.Library.Fonts.Count].Id,
                Paper = papers[i % papers.Length],
                Realism = i % 4,
                Stationery = i % 3 == 0 ? Stationery.Ruled : Stationery.Plain,
                FirstLineIndent = i % 2 == 0 ? 0 : 20,
                Seed = i,
            };
            foreach (var page in TestFonts.Renderer.Measure(letter, options).Pages)
            foreach (var line in page.Lines)
            {
                Assert.That(page.ContentBox.Contains(line.Box), $"letter {i}, page {page.Index}: line '{line.Text}' {line.Box} outside {page.ContentBox}");
                foreach (var run in line.Runs)
                {
                    runs++;
                    Assert.That(page.ContentBox.Contains(run.Box), $"letter {i}: run '{run.Text}' {run.Box} outside {page.ContentBox}");
                }
            }
        }
        Assert.That(runs, Is.GreaterThan(10_000), "the property should have been checked on many runs");
    }

    [Test]
    public void Random_letters_lose_no_text_when_wrapped_and_broken()
    {
        var random = new Random(7);
        for (int i = 0; i < 40; i++)
        {
            var letter = RandomLetters.Make(random);
            var layout = TestFonts.Renderer.Measure(letter, new RenderOptions { Realism = 2, Seed = i });
            // Broken words come back as pieces on consecutive lines: joined without spaces, the text is the same.
            var drawn = string.Concat(layout.Lines.SelectMany(l => l.Runs).Select(r => r.Text));
            Assert.That(drawn, Is.EqualTo(SampleLetters.TextOf(letter).Replace(" ", "")));
        }
    }

    [Test]
    public void A_word_longer_than_a_line_is_broken_into_pieces_that_fit()
    {
        var word = string.Concat(Enumerable.Repeat("Pneumonoultramicroscopic", 4));
        var letter = new Letter { Salutation = "Dear Sam,", Paragraphs = [$"Look: {word} indeed."], Signature = "Ann" };

        var layout = TestFonts.Renderer.Measure(letter, new RenderOptions { Paper = PaperSize.Card5x7 });

        var page = layout.Pages[0];
        var pieces = layout.Lines.SelectMany(l => l.Runs).Select(r => r.Text).Where(t => word.Contains(t) && t.Length > 3).ToList();
        Assert.That(pieces, Has.Count.GreaterThan(1));
        Assert.That(string.Concat(pieces), Is.EqualTo(word));
        Assert.That(layout.Lines.SelectMany(l => l.Runs).All(r => page.ContentBox.Contains(r.Box)));
    }

    [Test]
    public void Paragraphs_are_separated_by_more_than_the_line_pitch_and_indented_when_asked()
    {
        var options = new RenderOptions { FontId = "caveat", Realism = 0, FirstLineIndent = 24 };
        var lines = TestFonts.Renderer.Measure(SampleLetters.Short, options).Lines.ToList();
        var first = lines.Where(l => l.Part == LetterPart.Paragraph && l.PartIndex == 0).ToList();
        var second = lines.First(l => l.Part == LetterPart.Paragraph && l.PartIndex == 1);
        float pitch = first[1].Baseline - first[0].Baseline;

        Assert.That(second.Baseline - first[^1].Baseline, Is.GreaterThan(pitch * 1.4f));
        Assert.That(first[0].Runs[0].OriginX - first[1].Runs[0].OriginX, Is.EqualTo(24).Within(0.01));
    }
}
