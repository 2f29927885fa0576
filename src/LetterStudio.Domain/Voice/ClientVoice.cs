using LetterStudio.Domain.Common;

namespace LetterStudio.Domain.Voice;

/// <summary>
/// The writer's corrections to the voice profile the samples give: the spelling, the favourite words and phrases, and
/// notes in the writer's words ("never says 'love' on its own; always 'lots of love'"). One per customer; a part left
/// unset keeps what the samples say.
/// </summary>
public sealed class ClientVoice
{
    private List<string> _favourites = [];

    public int Id { get; private set; }
    public int CustomerId { get; private set; }
    /// <summary>The spelling the writer set; null: as the samples show.</summary>
    public Spelling? Spelling { get; private set; }
    /// <summary>The favourite words and phrases the writer set; used instead of the derived ones when <see cref="FavouritesSet"/>.</summary>
    public IReadOnlyList<string> Favourites => _favourites;
    public bool FavouritesSet { get; private set; }
    public string? Notes { get; private set; }
    public string EditedBy { get; private set; } = "";
    public DateTimeOffset EditedAt { get; private set; }

    private ClientVoice() { }

    public ClientVoice(int customerId) => CustomerId = customerId;

    /// <param name="favourites">Null keeps the derived favourites; a list (even empty) replaces them.</param>
    public void Edit(Spelling? spelling, IEnumerable<string>? favourites, string? notes, string editedBy, DateTimeOffset now)
    {
        if (spelling is { } s && !Enum.IsDefined(s)) throw new DomainValidationException(nameof(Spelling), $"'{s}' is not a spelling (British or American).");
        Spelling = spelling == Voice.Spelling.Unknown ? null : spelling;
        FavouritesSet = favourites is not null;
        _favourites = [.. (favourites ?? []).Select(f => Guard.Optional(f, nameof(Favourites), Limits.Tag * 2)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];
        if (_favourites.Count > 30) throw new DomainValidationException(nameof(Favourites), "holds at most 30 words and phrases.");
        Notes = Guard.Optional(notes, nameof(Notes), Limits.Reason);
        EditedBy = Guard.Required(editedBy, nameof(EditedBy), Limits.Actor);
        EditedAt = now;
    }

    /// <summary>The samples' figures with the writer's corrections applied.</summary>
    public VoiceFigures Apply(VoiceFigures derived) => derived with
    {
        Spelling = Spelling ?? derived.Spelling,
        FavouriteWords = FavouritesSet ? [.. _favourites.Where(f => !f.Contains(' '))] : derived.FavouriteWords,
        FavouritePhrases = FavouritesSet ? [.. _favourites.Where(f => f.Contains(' '))] : derived.FavouritePhrases,
    };
}
