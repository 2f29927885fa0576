namespace LetterStudio.Domain.Styles;

/// <summary>The editable content of a style profile version; validated when it becomes a version.</summary>
public sealed record StyleProfileDraft(
    string VoiceDescription,
    int Formality,
    int Warmth,
    Humour Humour,
    SentenceLength SentenceLength,
    IReadOnlyList<string> WordsToUse,
    IReadOnlyList<string> WordsToAvoid,
    IReadOnlyList<PetName> PetNames,
    string Salutation,
    string SignOff,
    string SignatureName,
    LetterLook Look);
