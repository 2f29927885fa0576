using LetterStudio.Handwriting.Composition;

namespace LetterStudio.Handwriting.Tests;

/// <summary>Words are shaped with HarfBuzz in the hand: kerning, ligatures and contextual forms, with clusters back to the text.</summary>
public class ShapingTests
{
    private static ShapedWord Shape(string fontId, string word) =>
        new TextShaper(TestFonts.Library.Get(fontId), TestFonts.Library.Fallback, forms: null).Shape(word, LetterPart.Paragraph, 0).Single();

    private static float PlainAdvance(string fontId, char c)
    {
        var font = TestFonts.Library.Get(fontId);
        return font.Face.AdvanceEm[font.GlyphFor(c)];
    }

    [Test]
    public void A_kerning_pair_closes_up()
    {
        // Find a pair the hand kerns: the first glyph's shaped advance is shorter than its own width.
        var kerned = (from id in TestFonts.HandIds
                      from pair in new[] { "To", "Te", "AV", "Wa", "Yo", "Ty", "LT", "T." }
                      let word = Shape(id, pair)
                      where word.Glyphs.Length == 2 && word.Glyphs[0].AdvanceEm < PlainAdvance(id, pair[0]) - 0.01f
                      select (id, pair, word)).ToList();

        Assert.That(kerned, Is.Not.Empty, "some bundled hand kerns one of the classic pairs");
        var (fontId, text, shaped) = kerned[0];
        var layout = TestFonts.Renderer.Measure(new Letter { Salutation = text }, new RenderOptions { FontId = fontId, Realism = 0 });
        var glyphs = layout.Lines.Single().Runs.Single().Glyphs;
        Assert.That(glyphs[1].X / glyphs[1].Size, Is.LessThan(PlainAdvance(fontId, text[0]) - 0.01f), $"{fontId} '{text}': the second letter is drawn closer than the first's width");
        Assert.That(glyphs[1].X / glyphs[1].Size, Is.EqualTo(shaped.Glyphs[0].AdvanceEm).Within(1e-4));
    }

    [Test]
    public void Contextual_alternates_differ_from_the_plain_character_map()
    {
        // Caveat's calt draws a doubled letter's second half with another glyph than the cmap's.
        var font = TestFonts.Library.Get("caveat");
        var word = Shape("caveat", "little");
        var plain = "little".Select(c => font.GlyphFor(c)).ToArray();

        Assert.That(word.Glyphs.Select(g => g.BaseGlyph), Is.Not.EqualTo(plain));
        Assert.That(word.Glyphs.Select(g => g.Cluster), Is.EqualTo(new[] { 0, 1, 2, 3, 4, 5 }), "one glyph per letter, each mapped back to its character");
    }

    [Test]
    public void A_ligature_glyph_carries_all_its_characters_and_the_text_reads_back_exactly()
    {
        // Caveat joins "ffi" into one glyph: its cluster covers the three letters.
        var word = Shape("caveat", "office");
        Assume.That(word.Glyphs.Length, Is.LessThan(6), "Caveat has the ffi ligature");

        Assert.That(word.Glyphs.Select(g => g.Cluster), Is.EqualTo(new[] { 0, 1, 4, 5 }));
        var pdf = SampleLetters.Pdf(new Letter { Salutation = "The office affluent staff,", Signature = "Ann" }, new RenderOptions { FontId = "caveat" });
        Assert.That(SampleLetters.Normalize(PdfTools.PdfToText(pdf)), Is.EqualTo("The office affluent staff, Ann"));
    }

    [Test]
    public void Characters_the_hand_lacks_are_shaped_from_the_fallback_and_the_rest_in_the_hand()
    {
        var word = Shape("kristi", "aЖb");

        Assert.That(word.Glyphs.Select(g => g.Font.Id), Is.EqualTo(new[] { "kristi", TestFonts.Library.Fallback.Id, "kristi" }));
        Assert.That(word.Glyphs.Select(g => g.CodePoint), Is.EqualTo(new[] { 'a', 'Ж', 'b' }));
    }
}
