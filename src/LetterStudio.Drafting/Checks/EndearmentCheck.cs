using System.Text.RegularExpressions;
using LetterStudio.Drafting.Templates;
using LetterStudio.Drafting.Voice;

namespace LetterStudio.Drafting.Checks;

/// <summary>
/// A pet name or an endearment used on someone who is not the client's partner: "darling" to a mother, "sweetheart" to a
/// coach. Allowed when it is the pet name the client gave that recipient; a partner may be called anything.
/// </summary>
internal static partial class EndearmentCheck
{
    public static void Run(string text, int bodyStart, string body, LetterPromptModel model, List<StyleFinding> findings)
    {
        if (model.Frame.Register == Register.Intimate) return;
        var own = model.PetName ?? "";
        foreach (Match m in Endearment().Matches(body))
        {
            if (own.Contains(m.Value, StringComparison.OrdinalIgnoreCase)) continue;
            findings.Add(new(StyleRules.Endearment, FindingSeverity.Error,
                $"\"{m.Value}\" is an endearment for a partner; {model.RecipientCalledBy} is the client's {model.Relationship}, and it is not their pet name.",
                TextLocation.Of(text, bodyStart + m.Index, m.Length)));
        }
    }

    // Said to someone ("…, darling." / "my love,"), not about something ("a darling little house" still trips it: rare, and worth a look).
    [GeneratedRegex(@"(?<![\p{L}])(darling|sweetheart|sweetie|honey|babe|my love|my darling|chérie|chère|chéri|mon amour|ma belle)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Endearment();
}
