using System.Text;
using System.Text.RegularExpressions;

namespace LetterStudio.Drafting.Models.Offline;

/// <summary>
/// Retells an anecdote, written by the client about the recipient ("he lent me his umbrella"), as the letter says
/// it to them ("you lent me your umbrella"). A heuristic for English third-person pronouns and the recipient's
/// names; text it does not recognise is left exactly as the client wrote it.
/// </summary>
internal static partial class Retelling
{
    private static readonly Dictionary<string, string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["he"] = "you", ["she"] = "you", ["him"] = "you", ["his"] = "your", ["hers"] = "yours",
        ["himself"] = "yourself", ["herself"] = "yourself",
    };

    /// <summary>After "her", these words mean it was an object ("told her that"), not a possessive ("her book").</summary>
    private static readonly HashSet<string> AfterObjectHer = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "to", "and", "or", "but", "that", "up", "out", "in", "on", "at", "for", "with", "from", "about",
        "again", "so", "too", "when", "because", "all", "through", "home", "back", "off", "into", "over", "every",
    };

    public static string ToSecondPerson(string text, IEnumerable<string> recipientNames)
    {
        var names = recipientNames.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().OrderByDescending(n => n.Length).ToList();
        foreach (var name in names)
        {
            var whole = $@"(?<![\p{{L}}]){Regex.Escape(name)}";
            text = Regex.Replace(text, whole + "['’]s(?![\\p{L}])", "\u0002", RegexOptions.CultureInvariant);
            text = Regex.Replace(text, whole + @"(?![\p{L}])", "\u0001", RegexOptions.CultureInvariant);
        }

        var tokens = TokenPattern().Matches(text).Select(m => m.Value).ToList();
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var replacement = token switch { "\u0001" => "you", "\u0002" => "your", _ => Pronouns.GetValueOrDefault(token) };
            if (token.Equals("her", StringComparison.OrdinalIgnoreCase))
                replacement = NextWord(tokens, i) is { } next && !AfterObjectHer.Contains(next) ? "your" : "you";
            result.Append(replacement is null ? token : MatchCase(token, replacement));
        }
        return Agreement(result.ToString());
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
            "hasn't" => "haven't", _ => m.Groups[2].Value,
        });
        // A sentence that now begins with "you" gets its capital back.
        return SentenceStartYou().Replace(text, m => m.Groups[1].Value + "Y" + m.Groups[2].Value);
    }

    [GeneratedRegex(@"[\u0001\u0002]|[\p{L}'’]+|\s+|[^\p{L}\s\u0001\u0002]")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"\b([Yy]ou )(was|is|has|does|doesn't|wasn't|isn't|hasn't)\b")]
    private static partial Regex AgreementPattern();

    [GeneratedRegex(@"(^|[.!?]\s+)y(ou)")]
    private static partial Regex SentenceStartYou();
}
