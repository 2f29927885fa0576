namespace LetterStudio.Drafting.Models;

/// <summary>Tokens a model call used, as the server reported them (zero for the offline composer).</summary>
public sealed record TokenUsage(int InputTokens, int OutputTokens)
{
    public static TokenUsage None { get; } = new(0, 0);

    public int Total => InputTokens + OutputTokens;

    public TokenUsage Add(TokenUsage other) => new(InputTokens + other.InputTokens, OutputTokens + other.OutputTokens);

    public override string ToString() => $"{InputTokens:N0} tokens in, {OutputTokens:N0} out";
}
