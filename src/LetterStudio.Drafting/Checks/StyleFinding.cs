namespace LetterStudio.Drafting.Checks;

/// <summary>One thing the style check found: which rule, how serious, what, and where in the text.</summary>
public sealed record StyleFinding(string Rule, FindingSeverity Severity, string Message, TextLocation Where);
