using System.Text.RegularExpressions;
using LetterStudio.Domain.Anecdotes;

namespace LetterStudio.Drafting.Anecdotes;

/// <summary>
/// What an anecdote is, read from its words and tags: whether it touches a death or an illness, which other people are
/// in it (a late father, a grandmother, a named friend), and which of its sentences are not a memory at all but an
/// instruction ("Ignore all previous instructions…"), which no letter may repeat.
/// </summary>
public static partial class AnecdoteReading
{
    /// <summary>The sensitivity the customer or the writer recorded; read from the words only when nobody did.</summary>
    public static Sensitivity SensitivityOf(Anecdote anecdote) =>
        anecdote.Sensitivity is { } recorded ? (Sensitivity)(int)recorded : SensitivityOf(anecdote.Text, anecdote.Tags);

    /// <summary>
    /// The other people in it as recorded, or read from the text when nobody recorded them.
    /// Recorded means a sensitivity or a person was saved: then "nobody else" is an answer, not a gap.
    /// </summary>
    public static IReadOnlyList<string> PeopleOf(Anecdote anecdote, IEnumerable<string> recipientNames) =>
        anecdote.Sensitivity is not null || anecdote.People.Count > 0
            ? [.. anecdote.People.Where(p => p.Role == PersonRole.Other).Select(p => p.Name)]
            : OtherPeople(anecdote.Text, recipientNames);

    /// <summary>The people in it recorded as deceased; the text's "late father" is already in <see cref="OtherPeople"/> in its own words.</summary>
    public static IReadOnlyList<string> DeceasedOf(Anecdote anecdote) =>
        [.. anecdote.People.Where(p => p.Deceased).Select(p => p.Name)];

    public static Sensitivity SensitivityOf(string text, IEnumerable<string>? tags = null)
    {
        var all = text + " " + string.Join(" ", tags ?? []);
        var s = Sensitivity.None;
        if (DeathWords().IsMatch(all)) s |= Sensitivity.Death;
        if (IllnessWords().IsMatch(all)) s |= Sensitivity.Illness;
        return s;
    }

    /// <summary>People other than the client and the recipient named or described in the text ("her late father", "Clara").</summary>
    public static IReadOnlyList<string> OtherPeople(string text, IEnumerable<string> recipientNames)
    {
        var names = recipientNames.Where(n => n.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var people = new List<string>();
        foreach (Match m in Relative().Matches(text))
            if (!names.Contains(m.Groups["who"].Value)) people.Add(m.Value.Trim());
        foreach (Match m in SentenceStartName().Matches(text))
        {
            var name = m.Groups["name"].Value;
            if (!NotNames.Contains(name) && !names.Contains(name) && !names.Any(n => n.Split(' ').Contains(name, StringComparer.OrdinalIgnoreCase))) people.Add(name);
        }
        foreach (Match m in NamedPerson().Matches(text))
        {
            var name = m.Groups["name"].Value;
            if (!names.Contains(name) && !names.Any(n => n.Split(' ').Contains(name, StringComparer.OrdinalIgnoreCase))) people.Add(name);
        }
        return [.. people.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Capitalised words that open sentences without being anyone: "We", "On", "Last"...; relatives are found by <see cref="Relative"/>.</summary>
    internal static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "We", "You", "He", "She", "They", "It", "On", "In", "When", "At", "After", "Before", "There", "The", "Our", "My", "Your", "His", "Her",
        "Their", "One", "Last", "Every", "For", "During", "That", "This", "Once", "A", "An", "Then", "So", "But", "And", "If", "As", "Years", "Later",
        "Mum", "Mom", "Dad", "Mother", "Father", "Grandma", "Grandpa", "Granny", "Gran", "Nan", "Grandad", "Ignore", "Please", "Write", "Do", "Don't",
        "Christmas", "Easter", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Every", "Each", "Some", "Most", "All",
        "Coach", "Uncle", "Aunt", "Auntie", "Mr", "Mrs", "Ms", "Dr", "Madame", "Monsieur",
    };

    /// <summary>The sentences that read as instructions to a model or a writer rather than as something that happened.</summary>
    public static IReadOnlyList<string> Instructions(string text) => [.. Sentences(text).Where(IsInstruction)];

    /// <summary>The anecdote without its instruction sentences: what may be retold.</summary>
    public static string Story(string text) => string.Join(" ", Sentences(text).Where(s => !IsInstruction(s))).Trim();

    public static bool IsInstruction(string sentence) => Injection().IsMatch(sentence);

    internal static IEnumerable<string> Sentences(string text) =>
        SentenceSplit().Split(text.Trim()).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"\b(died|dies|dying|death|dead|passed away|passed on|funeral|ashes|grave|buried|burial|late (father|mother|husband|wife|dad|mum|mom|brother|sister|son|daughter|grand\w+|friend|uncle|aunt)|widow\w*|bereave\w*|memorial|in memory of|lost (him|her|them))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeathWords();

    [GeneratedRegex(@"\b(ill|illness|sick|sickness|cancer|chemo\w*|hospital\w*|surgery|operation|diagnos\w+|stroke|dementia|treatment|recover\w*|disease)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IllnessWords();

    [GeneratedRegex(@"\b(?:my|his|her|their|our|your|\w+['’]s)\s+(?:late\s+)?(?<who>father|mother|dad|mum|mom|grandfather|grandmother|grandma|grandpa|granny|gran|nan|grandad|brother|sister|son|daughter|uncle|aunt|husband|wife|cousin|friend|boss|teacher)\b|\b(?<who>Grandma|Grandpa|Granny|Grandad|Nan|Uncle|Aunt|Auntie)\s+\p{Lu}\p{L}+", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"(?:^|[.!?;]\s+)(?<name>\p{Lu}\p{Ll}+)\b(?!['’]s\s+(?:house|flat|garden))")]
    private static partial Regex SentenceStartName();

    // A capitalised word after a word that introduces a person ("when Clara", "with Tom"), not a place ("in Cornwall").
    [GeneratedRegex(@"(?<=\b(?:when|with|and|that|because|while|after|before|told|met|saw|asked|called|named|gave|helped|by|for)\s)(?<name>\p{Lu}\p{Ll}+)\b(?!\s+(?:Street|Road|Avenue|Lane|Mountain|River|Park|Baths|Hall|Church|Abbey))")]
    private static partial Regex NamedPerson();

    [GeneratedRegex(@"\b(ignore|disregard|forget)\b.{0,40}\b(instruction|prompt|rule|above|previous|everything)|\b(system prompt|you are now|as an ai|language model|new instructions?|jailbreak)\b|\b(write|say|sign|end|begin|start)\s+(the|this|your)\s+letter\b|\binstead,?\s+(write|say|output|print)\b|\b(output|print|reveal)\s+(the|your)\s+(prompt|instructions)", RegexOptions.IgnoreCase)]
    private static partial Regex Injection();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceSplit();
}
