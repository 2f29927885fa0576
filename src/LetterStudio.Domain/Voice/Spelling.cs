namespace LetterStudio.Domain.Voice;

/// <summary>Which side of the Atlantic the client spells on ("colour" or "color"); Unknown until the samples say.</summary>
public enum Spelling
{
    Unknown = 0,
    British = 1,
    American = 2,
}
