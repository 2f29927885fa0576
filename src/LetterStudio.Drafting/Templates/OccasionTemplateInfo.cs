namespace LetterStudio.Drafting.Templates;

/// <summary>An occasion template as found in templates/: its key, component type, moves, length and relevance keywords.</summary>
public sealed record OccasionTemplateInfo(string Key, Type Component, IReadOnlyList<Move> Moves, int MinWords, int MaxWords, IReadOnlyList<string> Keywords)
{
    public string FileName => $"templates/{Component.Name}.razor";

    /// <summary>The body length asked of the model: a third of the way into the range, long enough to say it, short enough to write by hand.</summary>
    public int TargetWords => (MinWords + (MaxWords - MinWords) / 3) / 10 * 10;
}
