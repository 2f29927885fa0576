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
    public const string MustSay = "must-say";
    public const string MustNotSay = "must-not-say";
    public const string UnknownName = "unknown-name";
    public const string WrongPerson = "wrong-person";
    public const string SensitiveTopic = "sensitive-topic";
    public const string Cliche = "cliche";
    public const string RepeatedOpening = "repeated-opening";
    public const string CopiedFromEarlier = "copied-from-earlier-letter";
    public const string Unwritable = "unwritable-character";
    public const string InjectedInstruction = "injected-instruction";
    public const string Endearment = "endearment";
}
