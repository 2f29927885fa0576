using System.Text.Json;

namespace LetterStudio.Drafting.Tests.Support;

/// <summary>Model answers for the fake server: letter bodies in the structured shape, and things that are not letters.</summary>
public static class ModelAnswers
{
    /// <summary>The structured answer: the body's paragraphs and a P.S.; the studio places the greeting and the sign-off.</summary>
    public static string Json(IEnumerable<string> paragraphs, string postscript = "") =>
        JsonSerializer.Serialize(new { paragraphs, postscript });

    /// <summary>A plausible anniversary letter body from Eleanor to James, saying every point of the demo brief.</summary>
    public static IReadOnlyList<string> ValidParagraphs { get; } =
    [
        "Twenty years, darling, and I still remember the rain outside the Roman Baths in October 2004, the day we met. You lent me your umbrella and walked me all the way home, getting soaked yourself, and I think I knew then.",
        "When I was ill for most of 2019 you learned to cook, badly at first, and looked after me without once complaining. I have never told you properly what that meant to me, so I am telling you now.",
        "The years have taught me that love is mostly small kindnesses done without being asked. You taught me that, always, without ever saying a word about it.",
        "So here is my promise: I will keep choosing you, every single day, in the rain and out of it. The best of us is still ahead.",
    ];

    public static string Valid { get; } = Json(ValidParagraphs);
}
