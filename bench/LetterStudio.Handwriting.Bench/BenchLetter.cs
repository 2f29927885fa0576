using LetterStudio.Handwriting;

namespace LetterStudio.Handwriting.Bench;

/// <summary>
/// The peers' benchmark letter (shared/peers/pdfbench): 4 paragraphs, 182 words, Kristi at 17 pt
/// on A5 with 36 pt margins, so the figures compare with theirs. It fits one page.
/// </summary>
internal static class BenchLetter
{
    public static Letter Letter { get; } = new()
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

    public static RenderOptions Options(int realism, long seed) => new()
    {
        FontId = "kristi",
        FontSize = 17,
        Paper = PaperSize.A5,
        Margins = PageMargins.Uniform(36),
        Realism = realism,
        Seed = seed,
    };

    public static string ExpectedText => string.Join(' ',
        new[] { Letter.Salutation }.Concat(Letter.Paragraphs).Append(Letter.Closing).Append(Letter.Signature));
}
