using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Drafting.Voice;

// The frame from what the client told us about this one recipient, before anything read from the relationship.
public sealed partial record RecipientFrame
{
    /// <summary>
    /// The stored per-recipient greeting, sign-off, signature and register lead; a part left empty falls back to
    /// <see cref="For(StyleProfile, string, string, string?, string)"/>, which adapts the customer-wide profile to the
    /// relationship. The occasion still overrides: a condolence or an apology never opens with "Hey" or signs off "Cheers".
    /// </summary>
    public static RecipientFrame For(StyleProfile profile, string calledBy, string relationship, string? petName, string occasionKey, RecipientVoice? stored)
    {
        var inferred = For(profile, calledBy, relationship, petName, occasionKey);
        if (stored is null || stored.IsEmpty) return inferred;
        var register = stored.Closeness is { } c ? RegisterOf(c) : inferred.Register;
        var solemn = !OccasionMood.AllowsHumour(occasionKey);
        // A register set by hand changes the fallback too: the inferred greeting was chosen for the relationship's register.
        var fallback = register == inferred.Register ? inferred : Reframed(profile, calledBy, petName, occasionKey, register);
        var address = register == Register.Formal ? calledBy : fallback.AddressName;
        var greeting = stored.Greeting is { } g && !(solemn && OpensCasually(g))
            ? (g.Contains("{name}", StringComparison.Ordinal) ? g.Replace("{name}", address, StringComparison.Ordinal) : g)
            : fallback.Salutation;
        var signOff = stored.SignOff is { } s && !(solemn && PlayfulSignOff(s)) ? s : fallback.SignOff;
        return new RecipientFrame(register, greeting, signOff, stored.Signature ?? fallback.Signature, address);
    }

    private static Register RegisterOf(Closeness closeness) => closeness switch
    {
        Closeness.Intimate => Register.Intimate,
        Closeness.Family => Register.Family,
        Closeness.Friend => Register.Friend,
        _ => Register.Formal,
    };

    // The inferred frame computed as if the relationship had the register the client chose.
    private static RecipientFrame Reframed(StyleProfile profile, string calledBy, string? petName, string occasionKey, Register register) =>
        For(profile, calledBy, register switch
        {
            Register.Intimate => "partner",
            Register.Family => "family",
            Register.Friend => "friend",
            _ => "acquaintance",
        }, petName, occasionKey);

    private static bool PlayfulSignOff(string signOff) =>
        new[] { "cheers", "xx", "laters", "ta-ra", "toodle", "hugs and kisses", "ciao" }.Any(w => signOff.Contains(w, StringComparison.OrdinalIgnoreCase));
}
