namespace LetterStudio.Drafting.Checks;

/// <summary>The names of the style check's rules, as stored in findings and shown to writers.</summary>
public static class StyleRules
{
    public const string Length = "length";
    public const string Salutation = "salutation";
    public const string SignOff = "sign-off";
    public const string Signature = "signature";
    public const string AvoidedPhrase = "avoided-phrase";
    public const string PinnedAnecdote = "pinned-anecdote";
    public const string Placeholder = "placeholder";
    public const string InstructionLeak = "instruction-leak";
    public const string SentenceLength = "sentence-length";
    public const string Formality = "formality";
}
