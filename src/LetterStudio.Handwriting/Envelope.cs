namespace LetterStudio.Handwriting;

/// <summary>The two addresses written on an envelope, one line per entry.</summary>
public sealed record Envelope
{
    /// <summary>The recipient's address lines, written in the middle of the envelope.</summary>
    public IReadOnlyList<string> Recipient { get; init; } = [];

    /// <summary>The sender's address lines, written smaller at the top left. May be empty.</summary>
    public IReadOnlyList<string> ReturnAddress { get; init; } = [];
}
