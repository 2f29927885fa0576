using System.Text.RegularExpressions;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Drafting.Models.Offline;

/// <summary>
/// Turns the phrasebook's neutral sentences into the client's voice: contractions for casual writers, a more formal
/// vocabulary for formal ones, and sentences joined in pairs or threes for those who write long ones.
/// </summary>
internal static partial class VoiceShaping
{
    // "will not" before "I will", so "I will not" becomes "I won't" rather than "I'll not".
    private static readonly (string Neutral, string Casual)[] Contractions =
    [
        ("will not", "won't"), ("would not", "wouldn't"), ("do not", "don't"), ("did not", "didn't"), ("cannot", "can't"), ("could not", "couldn't"), ("is not", "isn't"),
        ("I am", "I'm"), ("I have", "I've"), ("I will", "I'll"), ("I would", "I'd"), ("It is", "It's"), ("it is", "it's"),
        ("You are", "You're"), ("you are", "you're"), ("There is", "There's"), ("that is", "that's"), ("Let us", "Let's"), ("We are", "We're"),
    ];

    private static readonly (string Neutral, string Formal)[] Formal =
    [
        ("so happy", "truly delighted"), ("so proud", "immensely proud"), ("so very sorry", "deeply sorry"), ("so much", "a great deal"),
        ("a lot", "a great deal"), ("simply", "quite simply"), ("I hope", "I sincerely hope"), ("wonderful", "splendid"),
        ("cannot wait to see", "look forward very much to seeing"), ("cannot wait", "look forward very much"), ("lunch", "luncheon"), ("I will", "I shall"), ("We will", "We shall"),
("so glad", "truly glad"), ("so sorry", "deeply sorry"), ("very soon", "quite soon"),
        ("more than you know", "more than you perhaps know"), ("is worth", "is indeed worth"), ("thrilled", "delighted"),
    ];

    /// <summary>On top of <see cref="Formal"/>, for the most formal writers.</summary>
    private static readonly (string Neutral, string Formal)[] VeryFormal =
    [
        ("Thank you,", "I am truly grateful,"), ("I wanted", "I wished"), ("I was thinking", "I was reflecting"),
        ("It still makes me smile", "It still brings me great joy, truly"), ("You mean", "You truly mean"), ("I am here", "I am, as ever, here"),
        ("It is long overdue", "It is, I believe, long overdue"), ("Few people", "Indeed, few people"), ("That kindness changed", "That kindness truly changed"),
        ("I have tried", "I have sincerely tried"), ("You have been in my mind", "You have truly been in my mind"), ("Call me", "Kindly call me"),
        ("I can bring", "I would be grateful to bring"), ("There is no need", "There is, I assure you, quite no need"), ("Their kindness", "Their kindness, indeed,"),
        ("Take good care", "Do take good care"), ("I love you", "I truly love you"), ("There is a great deal still", "There is, indeed, a great deal still"),
        ("You see the best", "You truly see the best"), ("This did not happen by luck", "This, I believe, did not happen by luck"),
        ("It took courage", "It quite clearly took courage"), ("So here is a letter", "So here, indeed, is a letter"), ("The road from here looks bright", "The road from here looks truly bright"), ("I mean every word", "I sincerely mean every word"), ("Please let me help", "Please do kindly let me help"),
    ];

    public static string Shape(string sentence, int formality)
    {
        if (formality <= 2)
            foreach (var (neutral, casual) in Contractions) sentence = Contract(sentence, neutral, casual);
        else if (formality == 3)
            sentence = Contract(sentence, "I am", "I'm");
        else
        {
            foreach (var (neutral, formal) in formality == 5 ? [.. Formal, .. VeryFormal] : Formal) sentence = ReplaceWord(sentence, neutral, formal);
            // A formal writer does not exclaim.
            if (sentence.EndsWith('!')) sentence = sentence[..^1] + ".";
        }
        return sentence;
    }

    /// <summary>Joins statements so the average sentence length lands near the client's; questions and exclamations stay alone.</summary>
    public static List<string> Join(IReadOnlyList<string> sentences, SentenceLength length)
    {
        var group = length switch { SentenceLength.Short => 1, SentenceLength.Medium => 2, _ => 3 };
        var result = new List<string>();
        var pending = new List<string>();
        foreach (var s in sentences)
        {
            // A request ("Write back when…") is never joined on after another sentence ("…to look forward to, and write back");
            // a writer of long sentences may still run on from it, the others keep it alone.
            if (s.EndsWith('.') && Imperative().IsMatch(s) && length == SentenceLength.Long)
            {
                Flush();
                pending.Add(s);
                continue;
            }
            if (!s.EndsWith('.') || Imperative().IsMatch(s))
            {
                Flush();
                result.Add(s);
                continue;
            }
            // A sentence with its own commas joined with another makes a chain of ", and"s nobody writes: it stands alone,
            // except for a writer of long sentences, whose joins then take a semicolon.
            if (length != SentenceLength.Long && !Joinable(s))
            {
                Flush();
                result.Add(s);
                continue;
            }
            pending.Add(s);
            if (pending.Count == group) Flush();
        }
        Flush();
        return result;

        void Flush()
        {
            if (pending.Count == 0) return;
            var joined = pending[0];
            for (var i = 1; i < pending.Count; i++)
            {
                var and = i == pending.Count - 1 && !joined.Contains(", and ", StringComparison.Ordinal) && !pending[i].Contains(", and ", StringComparison.Ordinal);
                joined = joined[..^1] + (and ? ", and " : "; ") + Lower(pending[i]);
            }
            result.Add(joined);
            pending.Clear();
        }
    }

    /// <summary>Longest sentence that is joined onto another; past it the pair reads as a run-on.</summary>
    private const int JoinableWords = 12;

    private static bool Joinable(string s) => s.IndexOfAny([',', ';', ':']) < 0 && s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= JoinableWords;

    /// <summary>Lower-cases a joined sentence's first letter, except for "I" and its contractions.</summary>
    private static string Lower(string s) =>
        IStart().IsMatch(s) ? s : char.ToLowerInvariant(s[0]) + s[1..];

    /// <summary>
    /// Lower-cases the first word of the client's own text when it is joined onto another sentence, but only for
    /// words that are never names, so "Cornwall was..." keeps its capital.
    /// </summary>
    public static string LowerStart(string s)
    {
        var first = s.Split(' ', 2)[0];
        return CommonStarts.Contains(first) ? char.ToLowerInvariant(s[0]) + s[1..] : s;
    }

    private static readonly HashSet<string> CommonStarts = new(StringComparer.Ordinal)
    {
        "We", "You", "She", "He", "They", "It", "On", "In", "When", "At", "After", "Before", "There", "The", "Our", "My", "One",
        "Last", "Every", "For", "During", "That", "This", "Your", "It's", "We'd", "You'd", "Once", "A", "An", "You're", "You've", "You'll", "Then", "Years",
    };

    /// <summary>A contraction needs a word after it: "wherever you are." and "here it is on paper" stay whole.</summary>
    private static string Contract(string text, string from, string to) =>
        Regex.Replace(text, $@"(?<!\w)(?<!\b(?:here|there|where|wherever|what|who) ){Regex.Escape(from)}(?=\s+\p{{L}})", to.Replace("$", "$$", StringComparison.Ordinal));

    private static string ReplaceWord(string text, string from, string to) =>
        Regex.Replace(text, $@"(?<!\w){Regex.Escape(from)}(?!\w)", to.Replace("$", "$$", StringComparison.Ordinal));

    [GeneratedRegex(@"^(Write|Take|Call|Please|Let|Tell|Do not|Come|Consider)\b")]
    private static partial Regex Imperative();

    [GeneratedRegex(@"^I(\b|')")]
    private static partial Regex IStart();
}
