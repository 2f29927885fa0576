namespace LetterStudio.Handwriting.Tests;

internal static class SampleLetters
{
    public static Letter Short { get; } = new()
    {
        Date = "12 March 2026",
        Salutation = "Dear Margaret,",
        Paragraphs =
        [
            "I hope this letter finds you well and that the garden is finally blooming after all that rain we had in the spring.",
            "Things here are quiet but good. Thomas has started learning the violin, which means our evenings are filled with music of a very particular kind.",
        ],
        Closing = "With warmest wishes,",
        Signature = "Eleanor",
        Postscript = "P.S. Give my love to everyone.",
    };

    /// <summary>The README's and benchmark's letter: 4 paragraphs, 182 words, one A5 page in most hands.</summary>
    public static Letter Reference { get; } = new()
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

    /// <summary>Enough paragraphs for several A5 pages.</summary>
    public static Letter Long(int paragraphs) => Short with
    {
        Paragraphs = Enumerable.Range(1, paragraphs).Select(i =>
            $"Paragraph {i}. " + string.Join(' ', Enumerable.Repeat("We walked along the harbour wall and watched the boats come in with the evening tide.", 3))).ToList(),
    };

    /// <summary>All of a letter's text in reading order, whitespace collapsed to single spaces.</summary>
    public static string TextOf(Letter letter) => Normalize(string.Join(' ',
        new[] { letter.Date, letter.Salutation }.Concat(letter.Paragraphs)
            .Concat([letter.Closing, letter.Signature, letter.Postscript]).Where(t => !string.IsNullOrWhiteSpace(t))));

    public static string Normalize(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries));

    public static byte[] Pdf(Letter letter, RenderOptions options)
    {
        using var output = new MemoryStream();
        TestFonts.Renderer.RenderPdf(letter, options, output);
        return output.ToArray();
    }
}
