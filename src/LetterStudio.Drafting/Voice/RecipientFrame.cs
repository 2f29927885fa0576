using System.Text.RegularExpressions;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Drafting.Voice;

/// <summary>
/// The fixed parts of one letter: greeting, sign-off and signature, chosen per recipient and occasion rather than
/// once per client. The client's own greeting and sign-off are kept where they fit the relationship; a coach gets
/// "Dear Coach Briggs," and no "Yours, always,", a condolence never opens with "Hey", and a pet name is used only
/// where it reads as a name ("My dearest Jamie," rather than "My dearest Jamie love,").
/// </summary>
public sealed partial record RecipientFrame(Register Register, string Salutation, string SignOff, string Signature, string AddressName)
{
    private static readonly (string Word, Register Register)[] Relationships =
    [
        ("husband", Register.Intimate), ("wife", Register.Intimate), ("partner", Register.Intimate), ("boyfriend", Register.Intimate),
        ("girlfriend", Register.Intimate), ("fianc", Register.Intimate), ("spouse", Register.Intimate), ("lover", Register.Intimate),
        ("mother", Register.Family), ("mum", Register.Family), ("mom", Register.Family), ("father", Register.Family), ("dad", Register.Family),
        ("sister", Register.Family), ("brother", Register.Family), ("son", Register.Family), ("daughter", Register.Family), ("grand", Register.Family),
        ("aunt", Register.Family), ("uncle", Register.Family), ("cousin", Register.Family), ("niece", Register.Family), ("nephew", Register.Family),
        ("in-law", Register.Family), ("family", Register.Family), ("stepm", Register.Family), ("stepf", Register.Family),
        ("friend", Register.Friend), ("flatmate", Register.Friend), ("roommate", Register.Friend), ("pal", Register.Friend),
    ];

    /// <summary>Words that make a greeting or sign-off one only a partner should get.</summary>
    private static readonly string[] Romantic = ["darling", "my love", "sweetheart", "beloved", "forever", "yours, always", "yours always", "always yours", "xx", "kisses", "my heart"];

    /// <summary>A sign-off only a partner should get; "All my love," is fine for a mother, "Yours, always," is not.</summary>
    private static readonly string[] RomanticSignOff = ["forever", "yours, always", "yours always", "always yours", "xx", "kisses", "my heart", "darling", "sweetheart"];

    /// <summary>Words of endearment: a pet name ending in one is not pasted after another ("dearest … love").</summary>
    private static readonly string[] Endearments = ["love", "darling", "dear", "dearest", "sweetheart", "honey", "darlin", "my"];

    public static RecipientFrame For(StyleProfile profile, string calledBy, string relationship, string? petName, string occasionKey)
    {
        var register = RegisterOf(relationship);
        var solemn = !OccasionMood.AllowsHumour(occasionKey);
        var address = register == Register.Formal ? calledBy : PetNameFits(profile.Salutation, petName) ? petName! : calledBy;
        return new RecipientFrame(register, GreetingFor(profile, register, address, solemn), SignOffFor(profile, register, occasionKey), profile.SignatureName, address);
    }

    public static Register RegisterOf(string relationship)
    {
        var r = relationship.ToLowerInvariant();
        foreach (var (word, register) in Relationships)
            if (Regex.IsMatch(r, $@"\b{Regex.Escape(word)}")) return register;
        return Register.Formal;
    }

    /// <summary>A pet name goes into the greeting when it is a name ("P", "Mags"), not when the greeting already says "dearest" and the pet name "love".</summary>
    private static bool PetNameFits(string pattern, string? petName)
    {
        if (string.IsNullOrWhiteSpace(petName)) return false;
        var patternWords = Words(pattern.Replace("{name}", " ", StringComparison.Ordinal));
        var petWords = Words(petName);
        var patternLoving = patternWords.Any(w => Endearments.Contains(w));
        return !(patternLoving && petWords.Any(w => Endearments.Contains(w)));
    }

    private static string GreetingFor(StyleProfile profile, Register register, string name, bool solemn)
    {
        var own = profile.Salutation.Replace("{name}", name, StringComparison.Ordinal);
        var casualOpening = OpensCasually(profile.Salutation);
        var fits = register switch
        {
            Register.Intimate => !(solemn && casualOpening),
            Register.Family or Register.Friend => !IsRomantic(profile.Salutation) && !(solemn && casualOpening),
            _ => false,
        };
        if (fits && profile.Salutation.Contains("{name}", StringComparison.Ordinal)) return own;
        if (register == Register.Formal) return $"Dear {name},";
        return solemn || profile.Formality >= 3 ? $"Dear {name}," : $"Hi {name},";
    }

    private static string SignOffFor(StyleProfile profile, Register register, string occasionKey)
    {
        var own = profile.SignOff;
        switch (register)
        {
            case Register.Intimate:
                return occasionKey == "condolence" && own.Contains("cheers", StringComparison.OrdinalIgnoreCase) ? "All my love," : own;
            case Register.Family or Register.Friend:
                if (!RomanticSignOff.Any(r => own.Contains(r, StringComparison.OrdinalIgnoreCase))) return own;
                if (occasionKey == "condolence") return "With love,";
                return profile.Warmth >= 3 || register == Register.Family ? "Love," : "All the best,";
            default:
                return occasionKey switch
                {
                    "thank-you" => profile.Formality <= 2 ? "Thanks again, and all the best," : "With thanks and warm wishes,",
                    "condolence" => "With deepest sympathy,",
                    "apology" => profile.Formality <= 2 ? "With apologies, and all the best," : "With my sincere apologies,",
                    "congratulations" => "With warm congratulations,",
                    _ => profile.Formality <= 2 ? "All the best," : "With best wishes,",
                };
        }
    }

    private static bool IsRomantic(string text) => Romantic.Any(r => text.Contains(r, StringComparison.OrdinalIgnoreCase));

    private static bool OpensCasually(string pattern) => CasualOpening().IsMatch(pattern);

    private static List<string> Words(string text) => [.. WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value)];

    [GeneratedRegex(@"^\s*(hey|hi|hiya|yo|oi|howdy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CasualOpening();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
