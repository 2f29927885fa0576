namespace LetterStudio.Drafting.Briefs;

/// <summary>What a brief point asks of the letter.</summary>
public enum PointKind
{
    /// <summary>A milestone: an age, a number of years ("Mum turns 80", "our 20th anniversary").</summary>
    Milestone,
    Thanks,
    Apology,
    Congratulation,
    /// <summary>Something to say, mention or remind them of.</summary>
    Mention,
    /// <summary>A fact about the recipient or the occasion the letter should show it knows ("Coach is retiring").</summary>
    Fact,
}

/// <summary>
/// One thing the letter must say, from the brief: the client's words, what kind of point it is, the words that show
/// it was said (checked on every draft), and how the offline composer says it to the recipient.
/// </summary>
/// <param name="Keys">Content words (stemmed) of which most must be in the letter; a number also counts as its word ("80", "eighty", "eightieth").</param>
/// <param name="Say">The point said to the recipient ("Thank you for the Saturday baking"), or null when the occasion's own moves say it.</param>
public sealed record MustSay(string Text, PointKind Kind, IReadOnlyList<string> Keys, string? Say, int? Number = null);

/// <summary>One thing the letter must not say, from the "leave unsaid" note: the client's words and the words that would say it.</summary>
public sealed record MustNotSay(string Text, IReadOnlyList<string> Keys);
