namespace LetterStudio.Handwriting.Tests;

/// <summary>Random letters for property tests, from a fixed seed: words of every length, some far too long for a line.</summary>
internal static class RandomLetters
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ,.;'!?0123456789éàüß";

    public static Letter Make(Random random)
    {
        string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Word(random)));
        return new Letter
        {
            Date = random.Next(3) == 0 ? null : Words(3),
            Salutation = Words(random.Next(1, 4)),
            Paragraphs = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Words(random.Next(1, 90))).ToList(),
            Closing = Words(random.Next(1, 5)),
            Signature = Words(random.Next(1, 3)),
            Postscript = random.Next(2) == 0 ? null : Words(random.Next(1, 20)),
        };
    }

    private static string Word(Random random)
    {
        // One word in forty is 30-80 characters: longer than any line, so it must be broken.
        int length = random.Next(40) == 0 ? random.Next(30, 80) : random.Next(1, 12);
        return new string(Enumerable.Range(0, length).Select(_ => Letters[random.Next(Letters.Length)]).ToArray());
    }
}
