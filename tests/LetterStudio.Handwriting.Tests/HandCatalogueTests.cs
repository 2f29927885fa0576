using LetterStudio.Handwriting.Fonts;
using SkiaSharp;

namespace LetterStudio.Handwriting.Tests;

/// <summary>
/// The catalogue of hands in fonts/fonts.json (issue 13): enough hands that pass for real pens,
/// joined ones among them, each under the OFL, with a signature hand and a size per paper. Read
/// from the manifest itself, so the fields the engine does not use yet are checked too.
/// </summary>
public class HandCatalogueTests
{
    private static readonly string[] Papers = ["A5", "A4", "Letter", "Card5x7"];

    private static readonly Lazy<FontManifest> Manifest = new(() => FontManifest.Read(Path.Combine(TestFonts.Directory, "fonts.json")));

    private static List<ManifestFont> Hands => Manifest.Value.Fonts;

    // The peers' benchmark letter (bench/LetterStudio.Handwriting.Bench): 182 words, the length the
    // sizes per paper are tuned for.
    private static readonly Letter Letter182 = new()
    {
        Salutation = "Dear Margaret,",
        Paragraphs =
        [
            "I hope this letter finds you well and that the garden is finally blooming after all that rain we had in the spring. It has been far too long since we last sat together on the porch with a pot of tea and talked until the stars came out.",
            "Things here are quiet but good. The children are growing faster than I can believe, and Thomas has started learning the violin, which means our evenings are now filled with music of a very particular kind. We laugh about it, and he practices every single day without being asked.",
            "I was sorting through old boxes last week and found the photographs from our trip to the coast. Do you remember the little blue boat and the storm that caught us on the way back? I still think of that afternoon whenever the wind picks up.",
            "Please write back when you have a moment and tell me all your news. Give my love to everyone, and do come visit before the summer ends.",
        ],
        Closing = "With warmest wishes and much affection, always yours,",
        Signature = "Eleanor",
    };

    [Test]
    public void The_catalogue_holds_at_least_twelve_hands_three_of_them_connected()
    {
        Assert.That(Hands, Has.Count.GreaterThanOrEqualTo(12));
        Assert.That(Hands.Count(h => h.Connected), Is.GreaterThanOrEqualTo(3));
        Assert.That(Hands.Select(h => h.Id), Is.Unique);
    }

    [Test]
    public void Every_hand_carries_the_OFL_in_a_licence_file_beside_its_font()
    {
        foreach (var hand in Hands)
        {
            Assert.That(hand.Licence, Does.StartWith("SIL Open Font License"), hand.Id);
            Assert.That(Path.GetDirectoryName(hand.LicenceFile), Is.EqualTo(hand.Id), hand.Id);
            var licence = Path.Combine(TestFonts.Directory, hand.LicenceFile);
            Assert.That(File.Exists(licence), hand.LicenceFile);
            Assert.That(File.ReadAllText(licence), Does.Contain("SIL Open Font License"), hand.LicenceFile);
            Assert.That(File.Exists(Path.Combine(TestFonts.Directory, hand.File)), hand.File);
        }
    }

    [Test]
    public void Every_hand_has_a_neatness_from_one_to_five_and_a_size_for_every_paper()
    {
        foreach (var hand in Hands)
        {
            Assert.That(hand.Neatness, Is.InRange(1, 5), hand.Id);
            Assert.That(hand.Sizes.Keys, Is.EquivalentTo(Papers), hand.Id);
            Assert.That(hand.Sizes.Values, Has.All.InRange(8f, 40f), hand.Id);
            Assert.That(hand.DefaultSize, Is.EqualTo(hand.Sizes["A5"]), $"{hand.Id}: the default size is the A5 size");
            // The same letter fills the bigger sheets with a bigger hand; a card is never written larger than A5.
            Assert.That(hand.Sizes["A4"], Is.GreaterThan(hand.Sizes["A5"]), hand.Id);
            Assert.That(hand.Sizes["Letter"], Is.GreaterThan(hand.Sizes["A5"]), hand.Id);
            Assert.That(hand.Sizes["Card5x7"], Is.LessThanOrEqualTo(hand.Sizes["A5"]), hand.Id);
        }
    }

    [Test]
    public void The_signature_hand_of_every_hand_is_another_connected_hand_of_the_catalogue()
    {
        var connected = Hands.Where(h => h.Connected).Select(h => h.Id).ToHashSet();
        foreach (var hand in Hands)
        {
            Assert.That(hand.SignatureFontId, Is.Not.EqualTo(hand.Id), hand.Id);
            Assert.That(connected, Does.Contain(hand.SignatureFontId), $"{hand.Id} signs with {hand.SignatureFontId}");
        }
        Assert.That(Hands.Where(h => h.Connected).Select(h => h.Signature), Has.All.True, "a connected hand suits a signature");
    }

    [Test]
    public void A_connected_hands_letters_reach_both_sides_of_their_advance_so_neighbours_join()
    {
        // A joined letter's entry stroke starts at its origin and its exit stroke runs on to the
        // next letter's origin. Print hands such as Caveat leave side bearings, and fail this.
        const string joining = "acdehiklmnstu";
        foreach (var hand in Hands.Where(h => h.Connected))
            Assert.That(joining.Where(c => !ReachesBothSides(hand, c)), Is.Empty, hand.Id);
        Assert.That(joining.Where(c => !ReachesBothSides(Hands.Single(h => h.Id == "caveat"), c)), Is.Not.Empty);
    }

    private static bool ReachesBothSides(ManifestFont hand, char letter)
    {
        const float em = 1000, slack = 30;
        using var typeface = SKTypeface.FromFile(Path.Combine(TestFonts.Directory, hand.File));
        using var font = new SKFont(typeface, em) { LinearMetrics = true, Hinting = SKFontHinting.None };
        var widths = new float[1];
        var bounds = new SKRect[1];
        font.GetGlyphWidths([font.GetGlyph(letter)], widths, bounds, null);
        return bounds[0].Left <= slack && bounds[0].Right >= widths[0] - slack;
    }

    private static IEnumerable<TestCaseData> HandsAndPapers() =>
        TestFonts.HandIds.SelectMany(id => new[] { PaperSize.A5, PaperSize.A4, PaperSize.Letter }.Select(paper => new TestCaseData(id, paper)));

    [TestCaseSource(nameof(HandsAndPapers))]
    public void A_letter_of_182_words_fills_one_page_at_the_hands_size_for_the_paper(string id, PaperSize paper)
    {
        float size = Hands.Single(h => h.Id == id).Sizes[paper.ToString()];

        var layout = TestFonts.Renderer.Measure(Letter182, new RenderOptions { FontId = id, FontSize = size, Paper = paper, Seed = 1 });

        Assert.That(layout.Pages, Has.Count.EqualTo(1));
        var page = layout.Pages[0];
        float top = page.Lines.Min(l => l.Box.Top), bottom = page.Lines.Max(l => l.Box.Bottom);
        // Page fullness as `inspect` measures it: written height over the height between equal margins.
        Assert.That((bottom - top) / (page.Height - 2 * top), Is.GreaterThan(0.75f));
    }
}
