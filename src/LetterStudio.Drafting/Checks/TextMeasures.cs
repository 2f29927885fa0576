using System.Text.RegularExpressions;
using LetterStudio.Drafting.Anecdotes;

namespace LetterStudio.Drafting.Checks;

/// <summary>
/// Sentence length and a formality estimate. Formality is read from markers: contractions, exclamations and casual
/// words pull it down; formal vocabulary pushes it up. The estimate is 3 plus four times the markers' balance per
/// sentence, clamped to 1-5: coarse, so the check only warns when a letter is clearly in another register.
/// </summary>
internal static partial class TextMeasures
{
    private static readonly HashSet<string> CasualWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hey", "yeah", "gonna", "wanna", "kinda", "lol", "awesome", "stuff", "okay", "ok", "cool", "guys", "hi", "yep", "nope", "super", "totally",
    };

    private static readonly HashSet<string> FormalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "truly", "sincerely", "indeed", "shall", "whom", "therefore", "regards", "delighted", "splendid", "fortunate", "grateful",
        "cordially", "moreover", "perhaps", "quite", "believe", "luncheon", "immensely", "deeply", "esteemed", "kindly", "furthermore",
    };

    public static IReadOnlyList<(int Offset, string Text)> Sentences(string body, int bodyOffset) =>
        [.. SentencePattern().Matches(body).Where(m => Words.Count(m.Value) > 0)
            .Select(m => (bodyOffset + m.Index + (m.Value.Length - m.Value.TrimStart().Length), m.Value.Trim()))];

    public static double AverageSentenceWords(IReadOnlyList<(int Offset, string Text)> sentences) =>
        sentences.Count == 0 ? 0 : Math.Round(sentences.Average(s => (double)Words.Count(s.Text)), 1);

    public static double Formality(string body, int sentenceCount)
    {
        if (sentenceCount == 0) return 3;
        var words = Words.All(body).ToList();
        var casual = Contraction().Count(body) + body.Count(c => c == '!') + words.Count(CasualWords.Contains);
        var formal = words.Count(FormalWords.Contains);
        return Math.Round(Math.Clamp(3 + 4.0 * (formal - casual) / sentenceCount, 1, 5), 1);
    }

    /// <summary>Verb contractions only: "it's", "don't", "I'm"; not the possessive in "Mum's".</summary>
    [GeneratedRegex(@"\b\w+['’](m|re|ve|ll|d|t)\b|\b(it|that|there|let|he|she|what|who|here)['’]s\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contraction();

    [GeneratedRegex(@"[^.!?…]+([.!?…]+[""”’)]*|$)")]
    private static partial Regex SentencePattern();
}
