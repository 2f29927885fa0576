using System.Text.RegularExpressions;

namespace LetterStudio.Drafting.Anecdotes;

/// <summary>
/// The person a condolence is about, read from the brief or an anecdote ("Maya's grandmother Rose died last week",
/// "Mr Patel's wife Anita died in March"): their name, and "her" or "him" when the relation or the text says which.
/// </summary>
public sealed partial record Deceased(string Name, string Them, string Their)
{
    private static readonly HashSet<string> Female = new(StringComparer.OrdinalIgnoreCase)
    {
        "mother", "mum", "mom", "grandmother", "grandma", "granny", "gran", "nan", "nana", "sister", "daughter", "aunt", "auntie", "wife", "girlfriend", "niece",
    };

    private static readonly HashSet<string> Male = new(StringComparer.OrdinalIgnoreCase)
    {
        "father", "dad", "grandfather", "grandpa", "grandad", "granddad", "brother", "son", "uncle", "husband", "boyfriend", "nephew",
    };

    /// <summary>The first named person the texts say died, in the order given; null when none is named.</summary>
    public static Deceased? In(params string?[] texts)
    {
        foreach (var text in texts.OfType<string>())
            foreach (Match m in Died().Matches(text))
            {
                var name = m.Groups["name"].Value;
                if (AnecdoteReading.NotNames.Contains(name)) continue;
                var relation = m.Groups["rel"].Value;
                var female = Female.Contains(relation) || (relation.Length == 0 && SheWords().IsMatch(text) && !HeWords().IsMatch(text));
                var male = Male.Contains(relation) || (relation.Length == 0 && HeWords().IsMatch(text) && !SheWords().IsMatch(text));
                return female ? new(name, "her", "her") : male ? new(name, "him", "his") : new(name, "them", "their");
            }
        return null;
    }

    [GeneratedRegex(@"(?:\b(?<rel>mother|mum|mom|grandmother|grandma|granny|gran|nan|nana|sister|daughter|aunt|auntie|wife|father|dad|grandfather|grandpa|grandad|granddad|brother|son|uncle|husband|friend|partner)\s+)?\b(?<name>\p{Lu}\p{Ll}+)\s+(?:has\s+|had\s+)?(?:died|passed away|passed on|was killed|lost (?:her|his|their) (?:fight|battle))\b")]
    private static partial Regex Died();

    [GeneratedRegex(@"\b(she|her|herself)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SheWords();

    [GeneratedRegex(@"\b(he|him|his|himself)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeWords();
}
