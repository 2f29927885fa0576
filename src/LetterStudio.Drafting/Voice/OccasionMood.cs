namespace LetterStudio.Drafting.Voice;

/// <summary>What an occasion allows: a celebration takes no death or illness unasked; grief and apology take no jokes.</summary>
public static class OccasionMood
{
    private static readonly HashSet<string> Celebratory = new(StringComparer.Ordinal)
    {
        "birthday", "anniversary", "congratulations", "love-letter", "just-because",
    };

    private static readonly HashSet<string> Solemn = new(StringComparer.Ordinal) { "condolence", "apology" };

    public static bool IsCelebratory(string occasionKey) => Celebratory.Contains(occasionKey);

    /// <summary>The occasion overrides the client's usual humour: a condolence or an apology is never playful.</summary>
    public static bool AllowsHumour(string occasionKey) => !Solemn.Contains(occasionKey);
}
