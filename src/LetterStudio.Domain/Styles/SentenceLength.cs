namespace LetterStudio.Domain.Styles;

/// <summary>The customer's natural sentence length; the style check compares drafts against it.</summary>
public enum SentenceLength
{
    Short = 0,
    Medium = 1,
    Long = 2,
}
