using SkiaSharp;

namespace LetterStudio.Inspection.Tests;

/// <summary>Each tell on PDFs written here with known glyphs, positions and colours: once present, once absent.</summary>
public class TellsTests
{
    private static TellResult Tell(InspectionReport report, string id) => report.Tells.Single(t => t.Id == id);

    private static InspectionReport Inspect(TestPdf pdf) => PdfInspector.Inspect(pdf.Write());

    /// <summary>Lifts that bend a word's baseline: the middle letters up to 1.6 pt (0.08 em at 20 pt) off the line.</summary>
    private static float[] Bent(int letters) => Enumerable.Range(0, letters).Select(i => (float)(1.6 * Math.Sin(Math.PI * i / Math.Max(1, letters - 1)))).ToArray();

    private static TestWord W(string text) => new(text) { Lift = Bent(text.Length) };

    private static ushort Alternate(int index = 0) =>
        TestPdf.UnmappedGlyphs(TestPdf.Hand).Where(g => HasInk(g)).ElementAt(index);

    private static bool HasInk(ushort glyph)
    {
        using var font = TestPdf.Font(TestPdf.Hand, 20);
        using var path = font.GetGlyphPath(glyph);
        return path is { IsEmpty: false };
    }

    [Test]
    public void A_doubled_letter_drawn_with_the_same_glyph_is_a_tell_with_its_word_as_the_example()
    {
        var report = Inspect(new TestPdf().Line(0, 80, W("hello"), W("there")));

        var tell = Tell(report, "doubled-letters");
        Assert.That(tell.Fails, Is.True);
        Assert.That(tell.Value, Is.EqualTo(1));
        Assert.That(tell.Examples.Single().Word, Is.EqualTo("hello"));
        Assert.That(tell.Examples.Single().Page, Is.EqualTo(1));
        Assert.That(tell.Examples.Single().Y, Is.EqualTo(80).Within(0.5));
        Assert.That(report.AnyFails, Is.True);
    }

    [Test]
    public void A_doubled_letter_drawn_with_two_forms_is_counted_but_is_no_tell()
    {
        var h = TestPdf.GlyphOf('h'); var e = TestPdf.GlyphOf('e'); var l = TestPdf.GlyphOf('l'); var o = TestPdf.GlyphOf('o');
        var report = Inspect(new TestPdf().Line(0, 80, W("hello") with { Glyphs = [h, e, l, Alternate(), o] }, W("there")));

        Assert.That(Tell(report, "doubled-letters").Fails, Is.False);
        Assert.That(report.Total.DoubledLetters, Is.EqualTo(1));
        Assert.That(report.Total.DoubledLettersIdentical, Is.Zero);
    }

    [Test]
    public void A_word_written_again_with_the_same_glyphs_is_a_tell()
    {
        var report = Inspect(new TestPdf()
            .Line(0, 80, W("the"), W("cat"), W("saw"))
            .Line(0, 110, W("the"), W("dog,")));

        var tell = Tell(report, "repeated-words");
        Assert.That(tell.Fails, Is.True);
        Assert.That(tell.Value, Is.EqualTo(1));
        Assert.That(tell.Examples.Single(), Has.Property("Word").EqualTo("the").And.Property("Y").EqualTo(110).Within(0.5));
    }

    [Test]
    public void A_word_written_again_with_another_form_of_one_letter_is_no_tell()
    {
        var t = TestPdf.GlyphOf('t'); var h = TestPdf.GlyphOf('h');
        var report = Inspect(new TestPdf()
            .Line(0, 80, W("the"), W("cat"))
            .Line(0, 110, W("the") with { Glyphs = [t, h, Alternate()] }, W("dog")));

        Assert.That(Tell(report, "repeated-words").Fails, Is.False);
        Assert.That(report.Total.RepeatedWords, Is.EqualTo(1));
        Assert.That(report.Total.RepeatedWordsIdentical, Is.Zero);
    }

    [Test]
    public void Words_whose_letters_sit_on_one_straight_line_are_rigid()
    {
        var report = Inspect(new TestPdf().Line(0, 80, new TestWord("morning"), new TestWord("garden"), new TestWord("is")));

        var tell = Tell(report, "rigid-words");
        Assert.That(report.Total.LongWords, Is.EqualTo(2), "'is' is too short to count");
        Assert.That(report.Total.RigidWords, Is.EqualTo(2));
        Assert.That(tell.Value, Is.EqualTo(1.0));
        Assert.That(tell.Fails, Is.True);
        Assert.That(tell.Examples.Select(e => e.Word), Is.EqualTo(new[] { "morning", "garden" }));
    }

    [TestCase(1, 5, true, TestName = "One rigid word in five (20%) is a tell")]
    [TestCase(1, 6, false, TestName = "One rigid word in six (17%) is no tell")]
    [TestCase(0, 6, false, TestName = "No rigid word is no tell")]
    public void The_rigid_words_tell_starts_at_a_fifth_of_the_long_words(int rigid, int words, bool fails)
    {
        var line = Enumerable.Range(0, words).Select(i => i < rigid ? new TestWord("garden") : W("garden")).ToArray();
        var report = Inspect(new TestPdf().Line(0, 80, line[..3]).Line(0, 110, line[3..]));

        Assert.That(report.Total.RigidWords, Is.EqualTo(rigid));
        Assert.That(report.Total.LongWords, Is.EqualTo(words));
        Assert.That(Tell(report, "rigid-words").Fails, Is.EqualTo(fails));
    }

    [Test]
    public void A_rotated_straight_word_is_still_rigid_and_a_bent_one_is_not()
    {
        // A straight word tilted: its origins climb steadily, one line fits them all.
        var tilted = new TestWord("garden") { Lift = Enumerable.Range(0, 6).Select(i => i * 0.6f).ToArray() };
        var report = Inspect(new TestPdf().Line(0, 80, tilted, W("garden")));

        Assert.That(report.Total.RigidWords, Is.EqualTo(1));
    }

    [Test]
    public void Words_whose_ink_nearly_meets_touch_and_the_gaps_are_measured_on_ink()
    {
        var report = Inspect(new TestPdf().Line(0, 80, W("still"), W("in") with { InkGapEm = 0.05f }, W("the") with { InkGapEm = 0.3f }));

        Assert.That(report.Total.WordGaps, Is.EqualTo(2));
        Assert.That(report.Total.MinWordGapEm, Is.EqualTo(0.05).Within(0.02));
        Assert.That(report.Total.MedianWordGapEm, Is.EqualTo(0.175).Within(0.02));
        var tell = Tell(report, "touching-words");
        Assert.That(tell.Fails, Is.True);
        Assert.That(tell.Examples.Single().Word, Is.EqualTo("still"));
        Assert.That(tell.Examples.Single().Detail, Does.Contain("\"in\""));
    }

    [Test]
    public void An_opening_quote_kerned_to_its_word_is_no_touching_pair_but_the_words_around_it_still_count()
    {
        var report = Inspect(new TestPdf().Line(0, 80, W("said"), W("“") with { InkGapEm = 0.3f }, W("the") with { InkGapEm = 0.02f }, W("best") with { InkGapEm = 0.25f }));

        Assert.That(Tell(report, "touching-words").Fails, Is.False);
        Assert.That(report.Total.MinWordGapEm, Is.EqualTo(0.25).Within(0.02));
    }

    [Test]
    public void Words_apart_on_ink_do_not_touch_and_words_on_different_lines_are_no_neighbours()
    {
        var report = Inspect(new TestPdf()
            .Line(0, 80, W("still"), W("in") with { InkGapEm = 0.2f })
            .Line(0, 110, W("the") with { InkGapEm = 0 }, W("garden") with { InkGapEm = 0.25f }));

        Assert.That(report.Total.WordGaps, Is.EqualTo(2));
        Assert.That(report.Total.MinWordGapEm, Is.EqualTo(0.2).Within(0.02));
        Assert.That(Tell(report, "touching-words").Fails, Is.False);
    }

    [Test]
    public void Neighbouring_words_in_visibly_different_ink_make_an_ink_step()
    {
        var report = Inspect(new TestPdf().Line(0, 80,
            W("quiet") with { Color = new SKColor(0x20, 0x30, 0x60) },
            W("but") with { Color = new SKColor(0x38, 0x4c, 0x8c) },
            W("good") with { Color = new SKColor(0x38, 0x4c, 0x8c) }));

        var tell = Tell(report, "ink-steps");
        Assert.That(tell.Fails, Is.True);
        Assert.That(tell.Value, Is.EqualTo(1));
        Assert.That(tell.Examples.Single().Word, Is.EqualTo("quiet"));
        Assert.That(report.Total.MaxInkDeltaE, Is.GreaterThan(3));
    }

    [Test]
    public void Ink_that_drifts_slowly_from_word_to_word_makes_no_step()
    {
        var report = Inspect(new TestPdf().Line(0, 80,
            W("quiet") with { Color = new SKColor(0x20, 0x30, 0x60) },
            W("but") with { Color = new SKColor(0x21, 0x31, 0x62) },
            W("good") with { Color = new SKColor(0x22, 0x33, 0x64) }));

        Assert.That(Tell(report, "ink-steps").Fails, Is.False);
        Assert.That(report.Total.MaxInkDeltaE, Is.LessThan(1.5));
    }

    [Test]
    public void A_dash_from_the_fallback_font_is_a_tell_and_other_fallback_glyphs_are_only_listed()
    {
        var report = Inspect(new TestPdf().Line(0, 80,
            W("wait"), new TestWord("—") { Font = TestPdf.Fallback }, W("see"), new TestWord("→") { Font = TestPdf.Fallback }, W("here")));

        Assert.That(report.Total.FallbackGlyphs, Is.EqualTo(new Dictionary<string, int> { ["—"] = 1, ["→"] = 1 }));
        var tell = Tell(report, "fallback-glyphs");
        Assert.That(tell.Fails, Is.True);
        Assert.That(tell.Value, Is.EqualTo(1));
        Assert.That(tell.Examples.Single().Word, Is.EqualTo("—"));
    }

    [Test]
    public void A_dash_in_the_hand_is_no_fallback()
    {
        var report = Inspect(new TestPdf().Line(0, 80, W("wait"), new TestWord("—"), W("see")));

        Assert.That(report.Total.FallbackGlyphs, Is.Empty);
        Assert.That(Tell(report, "fallback-glyphs").Fails, Is.False);
    }

    [Test]
    public void A_first_page_left_short_before_a_second_is_a_tell()
    {
        var pdf = new TestPdf()
            .Fill(0, 60, 330, i => [W($"line{i}"), W("words")])
            .Line(1, 60, W("ending"));

        var report = Inspect(pdf);

        Assert.That(report.Pages.Select(p => p.IsLast), Is.EqualTo(new[] { false, true }));
        Assert.That(report.Pages[0].Fullness, Is.InRange(0.50, 0.62));
        var tell = Tell(report, "page-fullness");
        Assert.That(tell.Fails, Is.True);
        Assert.That(tell.Value, Is.EqualTo(report.Pages[0].Fullness));
        Assert.That(tell.Examples.Single().Page, Is.EqualTo(1));
    }

    [Test]
    public void A_full_first_page_and_a_short_last_page_are_no_tell()
    {
        var pdf = new TestPdf()
            .Fill(0, 60, 540, i => [W($"line{i}"), W("words")])
            .Line(1, 60, W("ending"));

        var report = Inspect(pdf);

        Assert.That(report.Pages[0].Fullness, Is.GreaterThan(0.9));
        Assert.That(report.Pages[1].Fullness, Is.LessThan(0.2));
        Assert.That(Tell(report, "page-fullness").Fails, Is.False);
    }

    [Test]
    public void Figures_are_counted_per_page_and_in_total()
    {
        var pdf = new TestPdf()
            .Fill(0, 60, 540, i => [W("garden"), W($"row{(char)('a' + i)}")])
            .Line(1, 60, new TestWord("hello"), W("garden"));

        var report = Inspect(pdf);

        Assert.That(report.Pages[1].Figures.DoubledLettersIdentical, Is.EqualTo(1));
        Assert.That(report.Pages[0].Figures.DoubledLettersIdentical, Is.Zero);
        Assert.That(report.Pages[1].Figures.RigidWords, Is.EqualTo(1));
        Assert.That(report.Total.Words, Is.EqualTo(report.Pages.Sum(p => p.Figures.Words)));
        Assert.That(report.Total.RepeatedWordsIdentical, Is.EqualTo(report.Pages.Sum(p => p.Figures.RepeatedWordsIdentical)));
        Assert.That(report.Pages[1].Figures.RepeatedWordsIdentical, Is.EqualTo(1), "'garden' on page 2 repeats page 1's");
    }

    [Test]
    public void A_clean_letter_passes_every_tell()
    {
        var (l, e, t, r, s) = (TestPdf.GlyphOf('l'), TestPdf.GlyphOf('e'), TestPdf.GlyphOf('t'), TestPdf.GlyphOf('r'), TestPdf.GlyphOf('s'));
        // "letters" twice, its "tt" in two forms each time, and not the same two.
        var report = Inspect(new TestPdf()
            .Line(0, 80, W("Dear"), W("Margaret,"))
            .Line(0, 110, W("letters") with { Glyphs = [l, e, t, Alternate(0), e, r, s] }, W("are") with { InkGapEm = 0.35f }, W("kind"))
            .Line(0, 140, W("letters") with { Glyphs = [l, e, Alternate(1), t, e, r, s] }));

        Assert.That(report.Tells.Where(x => x.Fails).Select(x => x.Id), Is.Empty);
        Assert.That(report.AnyFails, Is.False);
    }

    [Test]
    public void Text_that_is_not_a_pdf_is_refused()
    {
        Assert.Throws<PdfInspectionException>(() => PdfInspector.Inspect("Dear Margaret, this is not a PDF."u8.ToArray()));
    }
}
