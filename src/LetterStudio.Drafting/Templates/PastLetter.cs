namespace LetterStudio.Drafting.Templates;

/// <summary>An earlier letter to the same recipient, so a new one neither repeats nor contradicts it.</summary>
public sealed record PastLetter(int OrderId, string OccasionKey, DateTimeOffset WrittenAt, string Text);
