using System.Text.RegularExpressions;
using LetterStudio.Drafting.Anecdotes;
using LetterStudio.Drafting.Models.Offline;

namespace LetterStudio.Drafting.Briefs;

/// <summary>
/// The brief and the "leave unsaid" note as explicit points: what the letter must say, what it must not, and the notes
/// on tone ("keep it light") that are neither. Shown to the writer, sent to the model, checked on every draft. The
/// brief is the client's own shorthand ("Mum turns 80. Thank her for the Saturday baking."), so it is read sentence by
/// sentence with a few patterns; a sentence no pattern knows is still a point, checked by its content words.
/// </summary>
public sealed partial record BriefPoints(IReadOnlyList<MustSay> MustSay, IReadOnlyList<MustNotSay> MustNotSay, IReadOnlyList<string> ToneNotes)
{
    public static readonly BriefPoints None = new([], [], []);

    /// <param name="recipientNames">The recipient's names, so "Thank Mum for…" and "Coach is retiring" are read as said to them.</param>
    public static BriefPoints Read(string brief, string? avoid, IReadOnlyList<string> recipientNames, string relationship, string occasionKey)
    {
        var must = new List<MustSay>();
        var tone = new List<string>();
        foreach (var sentence in Clauses(brief))
        {
            if (Tone().IsMatch(sentence)) { tone.Add(sentence); continue; }
            if (Point(sentence, recipientNames, relationship, occasionKey) is { } point) must.Add(point);
            else tone.Add(sentence);
        }
        var mustNot = new List<MustNotSay>();
        foreach (var clause in Clauses(avoid ?? ""))
        {
            var topic = AvoidLead().Replace(clause, "").Trim();
            var keys = Keys(topic, recipientNames);
            if (keys.Count > 0) mustNot.Add(new MustNotSay(clause, keys));
        }
        return new BriefPoints(must, mustNot, tone);
    }

    private static MustSay? Point(string sentence, IReadOnlyList<string> names, string relationship, string occasionKey)
    {
        string Retell(string s) => Retelling.ToSecondPerson(s, names, relationship);
        var number = NumberIn().Match(sentence) is { Success: true } n ? int.Parse(n.Groups[1].Value) : (int?)null;

        if (MilestoneIn(sentence) is { } years)
            return new MustSay(sentence, PointKind.Milestone, [years.ToString()], null, years);
        if (ThanksPattern().Match(sentence) is { Success: true } t)
        {
            var what = t.Groups["what"].Value.Trim();
            return new MustSay(sentence, PointKind.Thanks, Keys(what, names), what.Length == 0 ? null : $"Thank you for {Retell(what)}.", number);
        }
        if (ApologyPattern().Match(sentence) is { Success: true } a)
        {
            var what = a.Groups["what"].Value.Trim();
            return new MustSay(sentence, PointKind.Apology, Keys(what, names), what.Length == 0 ? null : $"I am sorry for {Retell(what)}.", number);
        }
        if (CongratulatePattern().Match(sentence) is { Success: true } c)
        {
            var what = c.Groups["what"].Value.Trim();
            return what.Length == 0 ? null : new MustSay(sentence, PointKind.Congratulation, Keys(what, names), $"Congratulations on {Retell(what)}.", number);
        }
        if (MentionPattern().Match(sentence) is { Success: true } r)
        {
            var what = r.Groups["what"].Value.Trim();
            if (what.Length == 0) return null;
            var told = Retell(what);
            var say = ClauseStart().IsMatch(told) || Auxiliary().IsMatch(told) ? Capital(told) + "." : $"I keep thinking about {told}.";
            return new MustSay(sentence, PointKind.Mention, Keys(what, names), say, number);
        }
        var keys = Keys(sentence, names);
        if (keys.Count == 0) return null;
        var fact = Retell(sentence);
        // A fragment ("Our trip to Rome") is a subject to bring up, not a sentence to copy.
        if (!Verb().IsMatch(sentence))
            return new MustSay(sentence, PointKind.Mention, keys, $"I keep thinking about {Lower(fact)}.", number);
        var lower = Lower(fact);
        var said = fact.StartsWith("You ", StringComparison.Ordinal) || fact.StartsWith("You'", StringComparison.Ordinal) || fact.StartsWith("You’", StringComparison.Ordinal)
            ? occasionKey switch
            {
                "condolence" => null,
                "congratulations" or "birthday" or "anniversary" => $"So {lower}!",
                _ => $"I hear {lower}.",
            }
            : occasionKey == "condolence" ? $"I was so sorry to hear that {lower}." : Capital(fact) + ".";
        return new MustSay(sentence, PointKind.Fact, keys, said, number);
    }

    /// <summary>An age or a number of years the brief marks: "turns 80", "our 20th anniversary", "her eightieth birthday".</summary>
    private static int? MilestoneIn(string sentence)
    {
        if (Milestone().Match(sentence) is { Success: true } m) return int.Parse(m.Groups["n"].Value);
        var words = WordsOf().Matches(sentence.ToLowerInvariant()).Select(w => w.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!NumberWords.Value.TryGetValue(words[i], out var n)) continue;
            var before = i > 0 ? words[i - 1] : "";
            var after = i + 1 < words.Count ? words[i + 1] : "";
            if (before is "turns" or "turning" or "is" or "be" || after is "birthday" or "anniversary" or "years" or "year" or "wedding") return n;
        }
        return null;
    }

    private static readonly Lazy<Dictionary<string, int>> NumberWords = new(() =>
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 1; n <= 120; n++)
        {
            map.TryAdd(Models.Offline.Numbers.Words(n), n);
            map.TryAdd(Models.Offline.Numbers.Ordinal(n), n);
        }
        return map;
    });

    /// <summary>Content words of a point, stemmed, without the recipient's names (the letter says "you").</summary>
    internal static IReadOnlyList<string> Keys(string text, IReadOnlyList<string> names)
    {
        var nameWords = names.SelectMany(n => Words.Content(n)).ToHashSet();
        return [.. Words.Content(text).Where(w => !nameWords.Contains(w) && !Filler.Contains(w)).Distinct()];
    }

    /// <summary>Words of the client's shorthand that a letter need not repeat for the point to be made.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "just", "want", "know", "really", "please", "make", "sure", "letter", "note", "tell", "say", "mention", "remind", "thank", "thanks",
        "apologise", "apologize", "congratulate", "wants", "like", "would", "him", "her", "them", "reason", "sorry",
    };

    private static IEnumerable<string> Clauses(string text) =>
        ClauseSplit().Split(text).Select(s => s.Trim().TrimEnd('.', '!', ';', ',').Trim()).Where(s => s.Length > 0);

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Lower(string s) => VoiceShaping.LowerStart(s);

    [GeneratedRegex(@"(?<=[.!?;])\s+|\n+")]
    private static partial Regex ClauseSplit();

    [GeneratedRegex(@"^(keep|make it|make sure it|no |nothing |not too|don't|do not|avoid|short|light|a note|a letter|just a|write|use |sign |tone)", RegexOptions.IgnoreCase)]
    private static partial Regex Tone();

    [GeneratedRegex(@"^(please\s+)?(don't|do not|never|no|avoid|leave out|nothing about|not)\s+((mention|bring up|talk about|say anything about|say|refer to|go into)\s+)?(the\s+fact\s+that\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex AvoidLead();

    [GeneratedRegex(@"\b(?:turns|turning|will be|is|be)\s+(?<n>\d{1,3})\b|\b(?<n>\d{1,3})(?:st|nd|rd|th)\b(?=.*\b(birthday|anniversary|year))", RegexOptions.IgnoreCase)]
    private static partial Regex Milestone();

    [GeneratedRegex(@"\b(\d{1,4})\b")]
    private static partial Regex NumberIn();

    [GeneratedRegex(@"\b(is|are|was|were|has|have|had|will|would|can|could|did|does)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"[\p{L}\-]+")]
    private static partial Regex WordsOf();

    [GeneratedRegex(@"\b(is|are|was|were|am|has|have|had|do|does|did|will|would|can|could|turns?|turned|\w+ed|\w+s)\b(?!\s*$)|\b\w+(ed|s)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Verb();

    [GeneratedRegex(@"^(?:please\s+)?(?:thank|thanks)(?:\s+(?:him|her|them|\p{Lu}[\p{L}' ]*?))?(?:\s+(?:so much|properly|again))?\s*(?:for\s+)?(?<what>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ThanksPattern();

    [GeneratedRegex(@"^(?:please\s+)?(?:apologi[sz]e|say (?:I'm |I am )?sorry)(?:\s+to\s+(?:him|her|them|\p{Lu}[\p{L}' ]*?))?\s*(?:for|about|that)?\s*(?<what>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ApologyPattern();

    [GeneratedRegex(@"^(?:please\s+)?congratulate(?:\s+(?:him|her|them|\p{Lu}[\p{L}' ]*?))?\s*(?:on\s+)?(?<what>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CongratulatePattern();

    [GeneratedRegex(@"^(?:please\s+)?(?:(?:i\s+)?(?:just\s+)?want\s+(?:him|her|them)\s+to\s+know|let\s+(?:him|her|them)\s+know|make sure (?:he|she|they) knows?|remind\s+(?:him|her|them)(?:\s+of)?|mention|tell\s+(?:him|her|them)|say)\s+(?:that\s+)?(?<what>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"^(you|you're|you've|you'd|i|i'm|we|we're|it|it's|there)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseStart();
}
