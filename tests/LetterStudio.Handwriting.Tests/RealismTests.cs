namespace LetterStudio.Handwriting.Tests;

public class RealismTests
{
    private static List<(GlyphPlacement Glyph, GlyphRunLayout Run, int Index)> Glyphs(LetterLayout layout)
    {
        int index = 0;
        return layout.Lines.SelectMany(l => l.Runs).SelectMany(run => run.Glyphs.Select(g => (g, run, index++))).ToList();
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void A_doubled_letter_never_repeats_its_form_and_a_word_written_again_never_repeats_its_forms(int realism)
    {
        int doubled = 0;
        foreach (var fontId in TestFonts.HandIds)
        {
            var layout = TestFonts.Renderer.Measure(SampleLetters.Long(3), new RenderOptions { FontId = fontId, Realism = realism, Seed = 3 });
            var sequences = new Dictionary<string, HashSet<string>>();
            foreach (var run in layout.Lines.SelectMany(l => l.Runs))
            {
                foreach (var (a, b) in run.Glyphs.Zip(run.Glyphs.Skip(1)).Where(p => p.First.CodePoint == p.Second.CodePoint && char.IsLetter((char)p.First.CodePoint)))
                {
                    doubled++;
                    Assert.That(b.GlyphId, Is.Not.EqualTo(a.GlyphId), $"{fontId}: the doubled '{char.ConvertFromUtf32(a.CodePoint)}' in '{run.Text}'");
                }
                if (!sequences.TryGetValue(run.Text, out var seen)) sequences[run.Text] = seen = [];
                Assert.That(seen.Add(string.Join(',', run.Glyphs.Select(g => g.GlyphId))), $"{fontId}: '{run.Text}' written again with the same forms");
            }
            Assert.That(sequences.Values.Sum(s => s.Count - 1), Is.GreaterThan(100), "the letter repeats words");
        }
        // A hand may join a doubled letter into one ligature glyph; over all hands there are plenty to check.
        Assert.That(doubled, Is.GreaterThanOrEqualTo(20), "the letters have doubled letters to check");
    }

    [Test]
    public void Occurrences_of_a_character_in_different_words_differ_in_form_size_or_tilt()
    {
        var layout = TestFonts.Renderer.Measure(SampleLetters.Long(2), new RenderOptions { Seed = 8 });
        var glyphs = Glyphs(layout);
        foreach (var group in glyphs.GroupBy(g => g.Glyph.CodePoint))
        foreach (var (a, b) in group.Zip(group.Skip(1)).Where(p => p.First.Run != p.Second.Run))
        {
            bool same = a.Glyph.Form == b.Glyph.Form && a.Glyph.Size == b.Glyph.Size && a.Run.RotationDegrees == b.Run.RotationDegrees;
            Assert.That(same, Is.False, $"'{char.ConvertFromUtf32(a.Glyph.CodePoint)}' at glyphs {a.Index} and {b.Index} look identical");
        }
    }

    [Test]
    public void Realism_zero_is_clean_type()
    {
        var layout = TestFonts.Renderer.Measure(SampleLetters.Short, new RenderOptions { Realism = 0 });
        var size = TestFonts.Library.DefaultFont.DefaultSize;
        foreach (var line in layout.Lines.Where(l => l.Part != LetterPart.Signature))
        {
            Assert.That(line.Runs.Select(r => r.RotationDegrees), Has.All.EqualTo(0f));
            Assert.That(line.Runs.Select(r => r.OriginY), Has.All.EqualTo(line.Baseline));
            Assert.That(line.Runs.SelectMany(r => r.Glyphs).Select(g => (g.Form, g.Size)), Has.All.EqualTo((0, size)));
        }
        // No wandering margin: a line starts at the margin, moved right only as far as its first
        // letter's swash reaches left of its origin.
        var content = layout.Pages[0].ContentBox;
        var body = layout.Lines.Where(l => l.Part == LetterPart.Paragraph).ToList();
        Assert.That(body.Select(l => l.Runs[0].Box.Left - content.Left), Has.All.InRange(0f, 0.02f));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Variation_stays_within_legible_bounds(int realism)
    {
        var layout = TestFonts.Renderer.Measure(SampleLetters.Long(3), new RenderOptions { FontId = "kristi", Realism = realism, Seed = 17 });
        float size = TestFonts.Library.Get("kristi").DefaultSize;
        foreach (var line in layout.Lines.Where(l => l.Part == LetterPart.Paragraph))
        {
            Assert.That(line.Runs.Select(r => Math.Abs(r.RotationDegrees)), Has.All.LessThan(2.0f), "tilt");
            Assert.That(line.Runs.Select(r => Math.Abs(r.OriginY - line.Baseline)), Has.All.LessThan(size * 0.25f), "baseline");
            Assert.That(line.Runs.SelectMany(r => r.Glyphs).Select(g => Math.Abs(g.Size / size - 1)), Has.All.LessThan(0.06f), "size");
        }
    }

    [Test]
    public void The_hand_varies_the_left_margin_slope_and_word_spacing()
    {
        var layout = TestFonts.Renderer.Measure(SampleLetters.Long(3), new RenderOptions { FontId = "caveat", Seed = 4 });
        var paragraphLines = layout.Lines.Where(l => l.Part == LetterPart.Paragraph && l.Runs.Count > 3).ToList();

        var starts = paragraphLines.Select(l => l.Runs[0].OriginX).Distinct().Count();
        Assert.That(starts, Is.GreaterThan(paragraphLines.Count / 2), "left margin wanders");
        var slopes = paragraphLines.Select(l => Math.Round((l.Runs[^1].OriginY - l.Runs[0].OriginY) / (l.Runs[^1].OriginX - l.Runs[0].OriginX), 4)).Distinct().Count();
        Assert.That(slopes, Is.GreaterThan(paragraphLines.Count / 2), "each line has its own slope");
        var gaps = paragraphLines.SelectMany(l => l.Runs.Zip(l.Runs.Skip(1), (a, b) => Math.Round(b.Box.Left - a.Box.Right, 2))).Distinct().Count();
        Assert.That(gaps, Is.GreaterThan(50), "word spacing varies");
    }

    [Test]
    public void Ink_density_varies_between_words_at_default_realism_only()
    {
        // Colours are visible in the PDF content: count the distinct fill colours written.
        static int Colours(int realism)
        {
            var pdf = SampleLetters.Pdf(SampleLetters.Short, new RenderOptions { Realism = realism, Seed = 2 });
            var text = System.Text.Encoding.Latin1.GetString(PdfTestFiles.Uncompressed(pdf));
            return System.Text.RegularExpressions.Regex.Matches(text, @"[\d.]+ [\d.]+ [\d.]+ rg").Select(m => m.Value).Distinct().Count();
        }
        Assert.That(Colours(0), Is.EqualTo(1));
        Assert.That(Colours(2), Is.GreaterThan(3));
    }
}
