namespace LetterStudio.Domain.Letters;

/// <summary>Who produced a revision's text.</summary>
public enum RevisionSource
{
    /// <summary>A writer typed or edited it.</summary>
    Writer = 0,
    /// <summary>A drafting model (OpenAI or compatible) wrote it.</summary>
    Model = 1,
    /// <summary>The offline, template-based composer wrote it.</summary>
    Composer = 2,
}
