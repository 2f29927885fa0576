namespace LetterStudio.Drafting.Models;

/// <summary>The model that will draft, and a notice for the writer when it is not the one they asked for.</summary>
public sealed record ModelChoice(IDraftingModel Model, string? Notice);
