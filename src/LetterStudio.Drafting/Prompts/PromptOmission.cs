namespace LetterStudio.Drafting.Prompts;

/// <summary>Something of the client's file that is not in the prompt: an anecdote, a part of one, or an earlier letter.</summary>
public sealed record PromptOmission(string What, string Reason)
{
    public override string ToString() => $"{What}: {Reason}";
}
