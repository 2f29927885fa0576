namespace LetterStudio.Handwriting.Bench;

/// <summary>
/// Letters made up from a pool of sentences a client might send, seeded, so a thousand of them differ in
/// words, length, punctuation and hand: what the tells are measured on besides the fixed benchmark letter.
/// </summary>
internal static class GeneratedLetters
{
    private static readonly string[] Greetings = ["Dear Margaret,", "My dearest Tom,", "Dear Mr Okafor,", "Hello again, Sophie,", "Dearest Nan,", "Dear Coach Briggs,"];
    private static readonly string[] Closings = ["With all my love,", "Warmest wishes,", "Yours, always,", "With thanks and affection,", "Love,"];
    private static readonly string[] Signatures = ["Eleanor", "Daniel", "Sophie", "Grandma Rose", "Tom & Ellie"];

    private static readonly string[] Sentences =
    [
        "I still remember the afternoon we missed the last train and walked home along the river.",
        "You laughed so hard that the waiter brought us a second pot of tea without asking.",
        "Thank you for everything you did this year — it meant more than I can say.",
        "The garden is finally blooming after all that rain, and the roses by the gate are yours.",
        "Do you remember the little blue boat and the storm that caught us on the way back?",
        "I found the photographs from our trip to the coast, and I couldn’t stop smiling.",
        "Happy 80th birthday, Mum: eighty years, and you still dance in the kitchen.",
        "We raised £240 for the club, and the new nets arrive next week.",
        "The café on Rue Cler still sells the croissants you loved, at €2 each…",
        "I’m sorry for what I said in March; I was wrong, and I have thought about it every day since.",
        "Every morning I make two cups of coffee out of habit, and every morning I miss you.",
        "She called it “the best mistake we ever made,” and she was right.",
        "The children are growing faster than I can believe, and Thomas has started the violin.",
        "Please write back when you have a moment and tell me all your news.",
        "Give my love to everyone, and do come and visit before the summer ends.",
        "Forty years ago today you said yes on the steps of the old library.",
        "Your patience on those cold Saturday mornings made a team out of eleven shy boys.",
        "I keep your letters in the tin box with the robins on the lid.",
        "We will light a candle for Grandad on Sunday, and tell the story of the runaway goat.",
        "Nothing about this year has been easy, but you made it bearable — and often funny.",
    ];

    public static Letter Make(int seed)
    {
        var random = new Random(seed);
        string Pick(string[] from) => from[random.Next(from.Length)];
        var paragraphs = Enumerable.Range(0, 2 + random.Next(3))
            .Select(_ => string.Join(' ', Enumerable.Range(0, 2 + random.Next(3)).Select(_ => Pick(Sentences))))
            .ToArray();
        return new Letter { Salutation = Pick(Greetings), Paragraphs = paragraphs, Closing = Pick(Closings), Signature = Pick(Signatures) };
    }
}
