using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Drafting.Setup;

/// <summary>Settings under "Drafting". The OpenAI key comes from Drafting:OpenAI:ApiKey or OPENAI_API_KEY, never appsettings.json.</summary>
public sealed class DraftingOptions : IValidatableObject
{
    public const string SectionName = "Drafting";

    /// <summary>Which model drafts when the caller does not say; with no API key the offline composer is used whatever this says.</summary>
    public DraftingModelKind DefaultModel { get; set; } = DraftingModelKind.OpenAI;

    [Required]
    public OpenAISettings OpenAI { get; set; } = new();

    /// <summary>
    /// Tokens the prompt may take (instructions plus data). 6,000 leaves room for the answer in an 8k-context
    /// local model and is plenty for a letter; lower anecdotes are dropped first when it is exceeded.
    /// </summary>
    [Range(500, 1_000_000)]
    public int PromptTokenBudget { get; set; } = 6_000;

    /// <summary>Anecdotes beyond those chosen for the order are added up to this many, when they are relevant.</summary>
    [Range(0, 20)]
    public int MaxAnecdotes { get; set; } = 3;

    /// <summary>Earlier letters to the same recipient shown to the model, newest first.</summary>
    [Range(0, 10)]
    public int MaxPastLetters { get; set; } = 2;

    [Range(1, 5)]
    public int MaxCandidates { get; set; } = 5;

    /// <summary>DataAnnotations validation stops at the top level; the OpenAI section's own rules are checked here.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(OpenAI, new ValidationContext(OpenAI), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult($"Drafting:OpenAI: {r.ErrorMessage}", [.. r.MemberNames.Select(m => $"{nameof(OpenAI)}.{m}")]));
    }
}
