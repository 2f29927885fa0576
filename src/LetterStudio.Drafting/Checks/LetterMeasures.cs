namespace LetterStudio.Drafting.Checks;

/// <summary>What the checks measured: words in all, average words per sentence, and the estimated formality (1-5).</summary>
public sealed record LetterMeasures(int Words, int MinWords, int MaxWords, double AverageSentenceWords, double Formality);
