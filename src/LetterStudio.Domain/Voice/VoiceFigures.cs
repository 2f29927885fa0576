namespace LetterStudio.Domain.Voice;

/// <summary>
/// What the client's own writing shows about their voice. Rates are per 100 words (contractions) or per 1,000 words
/// (punctuation), so short and long samples compare.
/// </summary>
public sealed record VoiceFigures(
    int Samples,
    int Words,
    int Sentences,
    double AverageSentenceWords,
    double ContractionsPer100Words,
    double DashesPer1000Words,
    double ExclamationsPer1000Words,
    double EllipsesPer1000Words,
    int BritishSpellings,
    int AmericanSpellings,
    Spelling Spelling,
    IReadOnlyList<string> FavouriteWords,
    IReadOnlyList<string> FavouritePhrases)
{
    public static readonly VoiceFigures Empty = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Spelling.Unknown, [], []);
}
