using System.Text.Json;

namespace LetterStudio.Drafting.Tests.Support;

/// <summary>Model answers for the fake server: letters in the structured shape, and things that are not letters.</summary>
public static class ModelAnswers
{
    public static string Json(string salutation, IEnumerable<string> paragraphs, string closing, string signature) =>
        JsonSerializer.Serialize(new { salutation, paragraphs, closing, signature });

    /// <summary>A plausible anniversary letter from Eleanor to James, in her profile's frame.</summary>
    public static string Valid { get; } = Json("My dearest Jamie love,",
    [
        "Twenty years, darling, and I still remember the rain outside the Roman Baths in October 2004. You lent me your umbrella and walked me all the way home, getting soaked yourself, and I think I knew then.",
        "When I was ill for most of 2019 you learned to cook, badly at first, and never once complained. I have never told you properly what that meant to me, so I am telling you now.",
        "The years have taught me that love is mostly small kindnesses done without being asked. You taught me that, always, without ever saying a word about it.",
        "So here is my promise: I will keep choosing you, every single day, in the rain and out of it. The best of us is still ahead.",
    ], "All my love,", "Ellie");
}
