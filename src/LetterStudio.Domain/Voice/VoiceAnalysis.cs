using System.Text.RegularExpressions;

namespace LetterStudio.Domain.Voice;

/// <summary>
/// Reads a voice from the client's own writing: how long their sentences run, how often they contract ("I'm",
/// "don't"), their dashes, exclamation marks and ellipses, British or American spelling, and the words and phrases
/// they come back to. Plain counting, so the figures are the same every time and a writer can check them by eye.
/// </summary>
public static partial class VoiceAnalysis
{
    /// <summary>Words too common to say anything about one person's voice.</summary>
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "the", "and", "that", "this", "with", "have", "from", "they", "them", "their", "there", "then", "than", "what", "when", "where", "which", "who",
        "will", "would", "could", "should", "been", "were", "your", "yours", "you're", "about", "just", "into", "over", "some", "more", "very", "much",
        "also", "only", "even", "here", "because", "after", "before", "again", "still", "well", "back", "know", "think", "going", "make", "made",
        "want", "said", "says", "like", "time", "really", "thing", "things", "it's", "i'm", "don't", "didn't", "can't", "we're", "that's", "i've",
        "i'll", "i'd", "isn't", "wasn't", "won't", "doesn't", "we've", "you've", "she's", "he's", "what's", "there's", "let's", "hope", "dear",
        "other", "these", "those", "being", "doing", "does", "done", "each", "every", "many", "most", "such", "both", "same", "though", "through",
        "while", "whilst", "until", "since", "around", "ever", "never", "always", "something", "anything", "everything", "nothing", "someone",
        "come", "came", "went", "goes", "take", "took", "give", "gave", "tell", "told", "might", "must", "shall", "year", "years", "today", "week",
    };

    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "so", "is", "was", "are", "be",
        "it", "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "they", "them", "their", "that", "this", "had",
        "has", "have", "do", "did", "not", "no", "all", "just", "am", "been", "were", "will", "would", "can", "could", "up", "out", "then", "there",
    };

    public static int WordCount(string text) => Word().Count(text);

    public static VoiceFigures Analyse(IEnumerable<string> samples)
    {
        var texts = samples.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        if (texts.Count == 0) return VoiceFigures.Empty;
        var all = string.Join("\n\n", texts);
        var words = Word().Matches(all).Select(m => m.Value).ToList();
        if (words.Count == 0) return VoiceFigures.Empty with { Samples = texts.Count };
        var sentences = texts.Sum(t => Sentences(t).Count);
        var per1000 = 1000.0 / words.Count;
        var british = British().Count(all);
        var american = American().Count(all);
        // One stray spelling is not a habit: the side with at least twice the other's count (and two examples) wins.
        var spelling = british >= 2 && british >= 2 * american ? Spelling.British
            : american >= 2 && american >= 2 * british ? Spelling.American : Spelling.Unknown;
        return new VoiceFigures(
            texts.Count, words.Count, sentences,
            Round(sentences == 0 ? words.Count : (double)words.Count / sentences),
            Round(100.0 * Contraction().Count(all) / words.Count),
            Round(per1000 * Dash().Count(all)),
            Round(per1000 * Exclamation().Count(all)),
            Round(per1000 * Ellipsis().Count(all)),
            british, american, spelling,
            FavouriteWords(texts), FavouritePhrases(texts));
    }

    /// <summary>
    /// The passages that best show the voice: whole sentences, 25 to 120 words, from different samples first, the
    /// ones nearest a letter paragraph's length (about 70 words) and most in the first person leading.
    /// </summary>
    public static IReadOnlyList<string> BestExcerpts(IEnumerable<string> samples, int count = 3, int maxWords = 120)
    {
        var candidates = new List<(int Sample, string Text, double Score)>();
        var index = 0;
        foreach (var sample in samples)
        {
            foreach (var paragraph in ParagraphSplit().Split(sample.Trim()))
            {
                var text = Spaces().Replace(paragraph, " ").Trim();
                var sentences = Sentences(text);
                var kept = new List<string>();
                var n = 0;
                foreach (var s in sentences)
                {
                    var w = WordCount(s);
                    if (n + w > maxWords && n > 0) break;
                    kept.Add(s);
                    n += w;
                }
                if (n < 25) continue;
                var excerpt = string.Join(" ", kept);
                var firstPerson = FirstPerson().Count(excerpt);
                var score = -Math.Abs(n - 70) / 10.0 + Math.Min(5, firstPerson) - 3 * Regex.Count(excerpt, @"https?://|@\w+\.");
                candidates.Add((index, excerpt, score));
            }
            index++;
        }
        var ordered = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Sample).ToList();
        var chosen = new List<(int Sample, string Text, double Score)>();
        foreach (var c in ordered)
            if (chosen.Count < count && chosen.All(x => x.Sample != c.Sample)) chosen.Add(c);
        foreach (var c in ordered)
            if (chosen.Count < count && !chosen.Contains(c)) chosen.Add(c);
        return [.. chosen.Select(c => c.Text)];
    }

    /// <summary>What the figures mean for a letter, in plain words; no client text in them (favourites are given apart, quoted).</summary>
    public static IReadOnlyList<string> Notes(VoiceFigures f)
    {
        if (f.Words == 0) return [];
        var notes = new List<string>
        {
            $"Their sentences average {f.AverageSentenceWords:0.#} words.",
            f.ContractionsPer100Words >= 2.5 ? $"They contract freely ({f.ContractionsPer100Words:0.#} per 100 words): write \"I'm\", \"don't\", \"it's\"."
                : f.ContractionsPer100Words < 0.8 ? $"They rarely contract ({f.ContractionsPer100Words:0.#} per 100 words): write \"I am\", \"do not\"."
                : $"They contract now and then ({f.ContractionsPer100Words:0.#} per 100 words).",
        };
        if (f.DashesPer1000Words >= 4) notes.Add($"They like dashes ({f.DashesPer1000Words:0.#} per 1,000 words).");
        if (f.ExclamationsPer1000Words >= 5) notes.Add($"They use exclamation marks ({f.ExclamationsPer1000Words:0.#} per 1,000 words).");
        else if (f.Words >= 150 && f.ExclamationsPer1000Words == 0) notes.Add("They never use exclamation marks.");
        if (f.EllipsesPer1000Words >= 3) notes.Add($"They trail off with ellipses ({f.EllipsesPer1000Words:0.#} per 1,000 words).");
        if (f.Spelling != Spelling.Unknown) notes.Add($"They spell the {f.Spelling} way (for example {(f.Spelling == Spelling.British ? "\"colour\", \"realise\", \"favourite\"" : "\"color\", \"realize\", \"favorite\"")}).");
        return notes;
    }

    internal static List<string> Sentences(string text) =>
        [.. SentenceSplit().Split(Spaces().Replace(text, " ").Trim()).Select(s => s.Trim()).Where(s => Word().IsMatch(s))];

    private static List<string> FavouriteWords(List<string> texts) =>
        [.. texts.SelectMany(t => Word().Matches(t).Select(m => m.Value))
            // Names and the start of sentences are capitalised; a favourite word is one they write in lower case.
            .Where(w => w.Length >= 4 && char.IsLower(w[0]))
            .Select(w => w.Replace('’', '\''))
            .Where(w => !Common.Contains(w))
            .GroupBy(w => w, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(8).Select(g => g.Key)];

    private static List<string> FavouritePhrases(List<string> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
            foreach (var clause in Clause().Split(text))
            {
                var words = Word().Matches(clause).Select(m => m.Value.ToLowerInvariant().Replace('’', '\'')).ToList();
                for (var n = 2; n <= 4; n++)
                    for (var i = 0; i + n <= words.Count; i++)
                    {
                        var gram = words.GetRange(i, n);
                        // A phrase says something about the voice only with a word in it that is not glue ("lots of love", not "it was").
                        if (gram.Count(w => !Stop.Contains(w) && !Common.Contains(w)) == 0) continue;
                        if (Stop.Contains(gram[^1]) && gram[^1] != "me" && gram[^1] != "you") continue;
                        var phrase = string.Join(' ', gram);
                        counts[phrase] = counts.GetValueOrDefault(phrase) + 1;
                    }
            }
        var repeated = counts.Where(c => c.Value >= 2).OrderByDescending(c => c.Value * c.Key.Count(ch => ch == ' ')).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToList();
        var result = new List<string>();
        // The longest form of a phrase only: "lots of love" rather than also "lots of".
        foreach (var phrase in repeated)
            if (!result.Any(r => r.Contains(phrase, StringComparison.Ordinal) || phrase.Contains(r, StringComparison.Ordinal)) && result.Count < 5)
                result.Add(phrase);
        return result;
    }

    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}'’\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=\S)")]
    private static partial Regex SentenceSplit();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphSplit();

    [GeneratedRegex(@"[,;:.!?…()""“”\n—–]|\s-\s")]
    private static partial Regex Clause();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b\p{L}+(?:n['’]t|['’](?:re|ve|ll|d|m))\b|\b(?:it|that|he|she|there|what|let|here|who|where|how)['’]s\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contraction();

    [GeneratedRegex(@"—|–|(?<=\s)-(?=\s)|(?<=\p{L})--(?=\p{L}|\s)")]
    private static partial Regex Dash();

    [GeneratedRegex(@"!+")]
    private static partial Regex Exclamation();

    [GeneratedRegex(@"\.\.\.+|…")]
    private static partial Regex Ellipsis();

    [GeneratedRegex(@"\bI\b|\bI['’]|\b(?:me|my|we|our|us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\b(?:colour\w*|favourit\w*|honour\w*|neighbour\w*|humour\w*|behaviour\w*|flavour\w*|labour\w*|rumour\w*|harbour\w*|centre[sd]?|theatre\w*|metre[s]?|grey|jewellery|travell(?:ed|ing|er)|cancell(?:ed|ing)|mum|mummy|defence|catalogue|cosy|(?:real|organ|apolog|recogn|critic|memor|special|priorit|summar|sympath|fantas|personal|emphas|final|agon|author|util)is(?:e|es|ed|ing|ation|ations))\b", RegexOptions.IgnoreCase)]
    private static partial Regex British();

    [GeneratedRegex(@"\b(?:color\w*|favorit\w*|honor\w*|neighbor\w*|humor\w*|behavior\w*|flavor\w*|labor\w*|rumor\w*|harbor\w*|center[sd]?|theater\w*|meter[s]?|gray|jewelry|travel(?:ed|ing|er)|cancel(?:ed|ing)|mom|mommy|defense|catalog|cozy|(?:real|organ|apolog|recogn|critic|memor|special|priorit|summar|sympath|fantas|personal|emphas|final|agon|author|util)iz(?:e|es|ed|ing|ation|ations))\b", RegexOptions.IgnoreCase)]
    private static partial Regex American();
}
