using LetterStudio.Application.Voice;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Voice;

namespace LetterStudio.Web.Features.Dossier;

// The dossier's two small voice forms share a file: each is a handful of fields mapped by hand to what the domain takes.

/// <summary>How the client writes to the order's recipient; empty boxes fall back to the style profile.</summary>
public sealed class RecipientVoiceInput
{
    public string? Greeting { get; set; }
    public string? SignOff { get; set; }
    public string? Signature { get; set; }
    public string? CallsClient { get; set; }
    public Closeness? Closeness { get; set; }

    public static RecipientVoiceInput From(Recipient r) => new()
    {
        Greeting = r.Greeting, SignOff = r.SignOff, Signature = r.Signature, CallsClient = r.CallsClient, Closeness = r.Closeness,
    };

    public RecipientVoice ToVoice() => new(Greeting, SignOff, Signature, CallsClient, Closeness);
}

/// <summary>The writer's corrections to the voice the samples show.</summary>
public sealed class VoiceInput
{
    public Spelling? Spelling { get; set; }
    /// <summary>One per line; left as the samples gave it, the samples keep deciding.</summary>
    public string? Favourites { get; set; }
    public string? Notes { get; set; }

    public static VoiceInput From(VoiceProfile profile) => new()
    {
        Spelling = profile.Edit?.Spelling,
        Favourites = string.Join('\n', profile.Figures.FavouritePhrases.Concat(profile.Figures.FavouriteWords)),
        Notes = profile.Edit?.Notes,
    };

    /// <summary>The writer's list, or null when it is still the samples' own (then new samples keep updating it).</summary>
    public IReadOnlyList<string>? FavouriteList(VoiceProfile profile)
    {
        var list = (Favourites ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var derived = profile.Derived.FavouritePhrases.Concat(profile.Derived.FavouriteWords);
        return list.SequenceEqual(derived, StringComparer.Ordinal) ? null : list;
    }
}
