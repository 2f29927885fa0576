using System.Text;
using System.Text.RegularExpressions;
using LetterStudio.Drafting.Voice;

namespace LetterStudio.Drafting.Models.Offline;

/// <summary>
/// Retells an anecdote, written by the client about the recipient ("he lent me his umbrella"), as the letter says
/// it to them ("you lent me your umbrella"). Only the recipient becomes "you": a "he" or "she" that may belong to
/// someone else in the story (a late father, a grandmother, a named friend mentioned before it) keeps its person, as
/// does any pronoun of the other gender than the recipient's. A heuristic for English; when in doubt it leaves the
/// client's words as they are, because a third person told as "you" is far worse than a "she" left in.
/// </summary>
internal static partial class Retelling
{
    private enum Gender { Unknown, Male, Female }

    private static readonly Dictionary<string, (string You, Gender Gender)> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["he"] = ("you", Gender.Male), ["she"] = ("you", Gender.Female), ["him"] = ("you", Gender.Male), ["his"] = ("your", Gender.Male),
        ["hers"] = ("yours", Gender.Female), ["himself"] = ("yourself", Gender.Male), ["herself"] = ("yourself", Gender.Female),
    };

    private static readonly HashSet<string> MaleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "father", "dad", "daddy", "grandfather", "grandpa", "grandad", "granddad", "brother", "son", "uncle", "husband", "boyfriend",
        "man", "boy", "nephew", "stepfather", "father-in-law", "brother-in-law", "mr",
    };

    private static readonly HashSet<string> FemaleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "mother", "mum", "mom", "mummy", "grandmother", "grandma", "granny", "gran", "nan", "nana", "sister", "daughter", "aunt", "auntie",
        "wife", "girlfriend", "woman", "girl", "niece", "stepmother", "mother-in-law", "sister-in-law", "mrs", "ms", "miss",
    };

    /// <summary>Words after which a capitalised word is a person, not a place: "when Clara was born", "with Tom".</summary>
    private static readonly HashSet<string> BeforeAPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        "when", "with", "and", "because", "while", "told", "met", "saw", "asked", "called", "named", "gave", "helped", "for", "that",
    };

    /// <summary>After "her", these words mean it was an object ("told her that"), not a possessive ("her book").</summary>
    private static readonly HashSet<string> AfterObjectHer = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "to", "and", "or", "but", "that", "up", "out", "in", "on", "at", "for", "with", "from", "about",
        "again", "so", "too", "when", "because", "all", "through", "home", "back", "off", "into", "over", "every",
    };

    public static string ToSecondPerson(string text, IEnumerable<string> recipientNames, string relationship = "")
    {
        var recipient = GenderOf(relationship);
        var names = recipientNames.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().OrderByDescending(n => n.Length).ToList();
        foreach (var name in names)
        {
            var whole = $@"(?<![\p{{L}}]){Regex.Escape(name)}";
            text = Regex.Replace(text, whole + "['’]s(?![\\p{L}])", "\u0002", RegexOptions.CultureInvariant);
            text = Regex.Replace(text, whole + @"(?![\p{L}])", "\u0001", RegexOptions.CultureInvariant);
        }

        var tokens = TokenPattern().Matches(text).Select(m => m.Value).ToList();
        var result = new StringBuilder(text.Length);
        // Whose pronouns a "he" or "she" might be, besides the recipient's, from the people named so far.
        var othersMale = false;
        var othersFemale = false;
        string? previousWord = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            string? replacement = token switch { "\u0001" => "you", "\u0002" => "your", _ => null };
            if (replacement is null && Pronouns.TryGetValue(token, out var p) && IsRecipients(p.Gender))
                replacement = p.You;
            if (replacement is null && ContractedPronoun().Match(token) is { Success: true } c
                && IsRecipients(c.Groups[1].Value.Equals("he", StringComparison.OrdinalIgnoreCase) ? Gender.Male : Gender.Female))
                replacement = c.Groups[3].Value.ToLowerInvariant() switch
                {
                    "s" => NextWord(tokens, i) is "been" or "got" or "had" ? "you've" : "you're",
                    var rest => "you" + c.Groups[2].Value + rest,
                };
            if (replacement is null && token.Equals("her", StringComparison.OrdinalIgnoreCase) && IsRecipients(Gender.Female))
                replacement = NextWord(tokens, i) is { } next && !AfterObjectHer.Contains(next) ? "your" : "you";
            result.Append(replacement is null ? token : MatchCase(token, replacement));

            if (char.IsLetter(token[0]))
            {
                if (MaleNouns.Contains(token)) othersMale = true;
                else if (FemaleNouns.Contains(token)) othersFemale = true;
                else if (char.IsUpper(token[0]) && IsPerson(token, previousWord))
                    othersMale = othersFemale = true;
                previousWord = token;
            }
        }
        return Agreement(result.ToString());

        bool IsRecipients(Gender g) =>
            (recipient == Gender.Unknown || recipient == g) && !(g == Gender.Male ? othersMale : othersFemale);
    }

    /// <summary>
    /// A capitalised word names someone else unless it is a common opening word or a place: after "in", "the", "to" or
    /// another capitalised word ("the Roman Baths", "to Whitby", "hiking Dog Mountain").
    /// </summary>
    private static bool IsPerson(string token, string? previousWord)
    {
        if (Pronouns.ContainsKey(token) || Anecdotes.AnecdoteReading.NotNames.Contains(token)) return false;
        if (previousWord is null) return true;
        if (BeforeAPerson.Contains(previousWord)) return true;
        return !(char.IsUpper(previousWord[0]) || BeforeAPlace.Contains(previousWord)) && !char.IsUpper(previousWord[0]);
    }

    private static readonly HashSet<string> BeforeAPlace = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "to", "from", "outside", "near", "the", "of", "on", "by", "across", "through", "around", "into", "hiking", "visited", "visit",
        "climbed", "above", "below", "towards", "toward", "past", "over",
    };

    private static Gender GenderOf(string relationship)
    {
        foreach (var word in WordPattern().Matches(relationship).Select(m => m.Value))
        {
            if (MaleNouns.Contains(word)) return Gender.Male;
            if (FemaleNouns.Contains(word)) return Gender.Female;
        }
        return Gender.Unknown;
    }

    private static string? NextWord(List<string> tokens, int i)
    {
        for (var j = i + 1; j < tokens.Count; j++)
        {
            if (char.IsWhiteSpace(tokens[j][0])) continue;
            return char.IsLetter(tokens[j][0]) ? tokens[j] : null;
        }
        return null;
    }

    private static string MatchCase(string original, string replacement) =>
        original[0] < ' ' || !char.IsUpper(original[0]) ? replacement : char.ToUpperInvariant(replacement[0]) + replacement[1..];

    /// <summary>"you was" and friends, left by turning "he"/"she" into "you".</summary>
    private static string Agreement(string text)
    {
        text = AgreementPattern().Replace(text, m => m.Groups[1].Value + m.Groups[2].Value.ToLowerInvariant() switch
        {
            "was" => "were", "is" => "are", "has" => "have", "does" => "do", "doesn't" => "don't", "wasn't" => "weren't", "isn't" => "aren't",
            "hasn't" => "haven't", "turns" => "turn", "loves" => "love", "says" => "say", "makes" => "make", "knows" => "know",
            _ => m.Groups[2].Value,
        });
        // A sentence that now begins with "you" gets its capital back.
        return SentenceStartYou().Replace(text, m => m.Groups[1].Value + "Y" + m.Groups[2].Value);
    }

    [GeneratedRegex(@"[\u0001\u0002]|[\p{L}'’]+|\s+|[^\p{L}\s\u0001\u0002]")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^(s?he)(['’])(s|d|ll)$", RegexOptions.IgnoreCase)]
    private static partial Regex ContractedPronoun();

    [GeneratedRegex(@"\b([Yy]ou )(was|is|has|does|doesn't|wasn't|isn't|hasn't|turns|loves|says|makes|knows)\b")]
    private static partial Regex AgreementPattern();

    [GeneratedRegex(@"(^|[.!?]\s+)y(ou)")]
    private static partial Regex SentenceStartYou();
}
