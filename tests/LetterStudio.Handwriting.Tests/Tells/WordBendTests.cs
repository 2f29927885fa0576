using LetterStudio.Handwriting.Composition;

namespace LetterStudio.Handwriting.Tests.Tells;

/// <summary>
/// Tell 3 (rigid words) on letters with few long words, where a couple of straight words would already make a
/// fifth: every word of four or more glyphs has a glyph off the line through the others.
/// </summary>
public class WordBendTests
{
    [TestCaseSource(typeof(TestFonts), nameof(TestFonts.HandIds))]
    public void No_word_of_four_or_more_letters_lies_on_one_straight_line_in_a_short_letter(string fontId)
    {
        var rigid = new List<string>();
        for (int seed = 1; seed <= 20; seed++)
        {
            var layout = TestFonts.Renderer.Measure(SampleLetters.Short, new RenderOptions { FontId = fontId, Seed = seed });
            foreach (var run in layout.Lines.SelectMany(l => l.Runs).Where(r => r.Glyphs.Count >= 4))
            {
                var xs = run.Glyphs.Select(g => g.X).ToArray();
                var ys = run.Glyphs.Select(g => g.Y).ToArray();
                if (WordBend.Residual(xs, ys) < 0.03f * run.Glyphs[0].Size) rigid.Add($"seed {seed}: {run.Text}");
            }
        }
        Assert.That(rigid, Is.Empty);
    }

    [Test]
    public void A_straight_word_is_bent_past_the_tell_and_its_first_two_glyphs_move_together()
    {
        float[] xs = [0, 5, 10, 15, 20], ys = [0, 0.01f, 0.02f, 0.03f, 0.04f];
        var random = new HandRandom(3);

        WordBend.Apply(xs, ys, 17, ref random);

        Assert.That(WordBend.Residual(xs, ys), Is.GreaterThanOrEqualTo(WordBend.MinBendEm * 17));
        Assert.That(ys[1] - ys[0], Is.EqualTo(0.01f).Within(1e-4), "the step pdftotext checks inside a word is unchanged");
    }

    [Test]
    public void A_word_already_off_the_line_is_left_as_it_is()
    {
        float[] xs = [0, 5, 10, 15], ys = [0, 1.5f, -0.5f, 0.2f];
        var before = ys.ToArray();
        var random = new HandRandom(3);

        WordBend.Apply(xs, ys, 17, ref random);

        Assert.That(ys, Is.EqualTo(before));
    }
}
