namespace LetterStudio.Drafting.Models;

public sealed record ModelParagraph(string Text, TokenUsage Usage);
