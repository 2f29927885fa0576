using System.Text.RegularExpressions;

namespace LetterStudio.Drafting.Anecdotes;

/// <summary>Content words of a text, for relevance and for recognising an anecdote in a letter.</summary>
internal static partial class Words
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "for", "with", "by", "from", "up", "out", "as", "so",
        "is", "was", "are", "were", "be", "been", "am", "it", "its", "this", "that", "these", "those", "then", "than", "there",
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "hers", "they", "them", "their",
        "had", "has", "have", "did", "do", "does", "not", "no", "all", "just", "very", "too", "into", "over", "when", "what",
        "who", "which", "would", "could", "should", "will", "can", "about", "after", "before", "every", "one", "once", "never",
        "first", "still", "how", "more", "most", "some", "any", "each", "own", "much", "many", "also", "even", "only",
    };

    public static IEnumerable<string> All(string text) => WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant());

    public static IEnumerable<string> Content(string text) => All(text).Where(w => w.Length > 2 && !Stop.Contains(w)).Select(Stem);

    public static int Count(string text) => WordPattern().Count(text);

    /// <summary>A light stem so "baking"/"bake" and "games"/"game" meet; enough for ranking, not linguistics.</summary>
    public static string Stem(string word)
    {
        foreach (var suffix in (string[])["ing", "ed", "es", "s"])
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
                return word[..^suffix.Length];
        return word;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\p{Mn}'’\-]*")]
    private static partial Regex WordPattern();
}
