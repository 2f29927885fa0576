namespace LetterStudio.Drafting.Templates;

/// <summary>An occasion template as found in templates/: its key, component type, moves, length and relevance keywords.</summary>
public sealed record OccasionTemplateInfo(string Key, Type Component, IReadOnlyList<Move> Moves, int MinWords, int MaxWords, IReadOnlyList<string> Keywords)
{
    public string FileName => $"templates/{Component.Name}.razor";
}
