namespace LetterStudio.Drafting.Templates;

/// <summary>
/// Marks a Razor component in templates/ as an occasion template and states what the letter does. The occasion
/// key comes from the file name (LoveLetter.razor is "love-letter"), so adding an occasion is adding a file.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OccasionTemplateAttribute(params Move[] moves) : Attribute
{
    /// <summary>The letter's moves, in order.</summary>
    public IReadOnlyList<Move> Moves { get; } = moves;

    /// <summary>Shortest acceptable letter, in words, salutation and signature included.</summary>
    public int MinWords { get; init; } = 120;

    public int MaxWords { get; init; } = 400;

    /// <summary>Space-separated words and tags that make an anecdote relevant to this occasion.</summary>
    public string Keywords { get; init; } = "";
}
