using System.Text.RegularExpressions;

namespace LetterStudio.Drafting.Models.Offline;

/// <summary>
/// A memory as the letter tells it, and its framing: the words around the client's story, which must be new to this
/// recipient (an earlier letter's "I often think back to" is not said again).
/// </summary>
internal sealed partial record MemoryTelling(string Text, string Frame)
{
    /// <summary>
    /// The ways to tell a dated memory, the time woven in rather than set apart ("That was in spring 2021."): opening it,
    /// closing its first clause, or as what the client thinks back to. A writer of long sentences gets only one-sentence tellings.
    /// </summary>
    public static List<MemoryTelling> Dated(TimePhrase time, string story, bool longSentences)
    {
        var lowered = VoiceShaping.LowerStart(story);
        var tellings = new List<MemoryTelling>
        {
            new($"{time.Lead}, {lowered}", time.Lead),
            new(WithTail(story, time.Tail), time.Tail),
        };
        // "…think back to the spring of 2021, when you and I got lost…" reads only when the story opens on its subject
        // and has no "when" of its own ("…, when you drove through the night when Clara was born").
        if (!SubordinateStart().IsMatch(story) && !Regex.IsMatch(story, @"\bwhen\b", RegexOptions.IgnoreCase))
        {
            tellings.Add(new($"I often think back to {time.Noun}, when {lowered}", $"I often think back to {time.Noun}, when"));
            tellings.Add(new($"I still think about {time.Noun}, when {lowered}", $"I still think about {time.Noun}, when"));
        }
        return longSentences ? [.. tellings.Where(t => SplitSentences(t.Text).Count() == SplitSentences(story).Count())] : tellings;
    }

    public static List<MemoryTelling> Undated(string story) =>
    [
        new(story, ""),
        new($"Do you remember? {story}", "Do you remember?"),
        new($"One memory keeps coming back: {VoiceShaping.LowerStart(story)}", "One memory keeps coming back:"),
    ];

    /// <summary>The story names the season, the month or the year of its <paramref name="when"/> itself.</summary>
    public static bool SaysWhen(string story, string when) =>
        WhenWord().Matches(when).Any(m => Regex.IsMatch(story, $@"\b{Regex.Escape(m.Value)}\b", RegexOptions.IgnoreCase));

    /// <summary>The time added at the end of the story's first clause: "…when Clara was born, on the second of March 2009."</summary>
    private static string WithTail(string story, string tail)
    {
        var sentenceEnd = SentenceEnd().Match(story) is { Success: true } m ? m.Index : story.Length;
        var clauseEnd = ClauseEnd().Match(story) is { Success: true } c ? c.Index : -1;
        var at = clauseEnd >= 0 && clauseEnd < sentenceEnd ? clauseEnd : sentenceEnd;
        // Before the full stop (or other end mark) of the first sentence.
        if (at == sentenceEnd && at > 0 && ".!?…".Contains(story[at - 1])) at--;
        return story[..at].TrimEnd(',', ' ') + ", " + tail + story[at..];
    }

    [GeneratedRegex(@"^(when|after|before|during|while|once|on|in|at|as|if|because|since|one|last|that|this|every)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubordinateStart();

    [GeneratedRegex(@";|,\s+(?:and|but|so)\s")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"\b(spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhenWord();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    private static IEnumerable<string> SplitSentences(string text) => SentenceEnd().Split(text).Where(s => s.Length > 0);
}
