using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Drafting.Setup;

/// <summary>Settings under "Drafting:OpenAI": the API key, model and server, and how patiently to call it.</summary>
public sealed class OpenAISettings
{
    public string? ApiKey { get; set; }

    [Required, MinLength(1)]
    public string Model { get; set; } = "gpt-4o-mini";

    /// <summary>Any OpenAI-compatible server: llama.cpp, Ollama, vLLM (…/v1), or Azure OpenAI's v1 endpoint.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://api.openai.com/v1");

    /// <summary>Per attempt. A letter of 400 words takes a hosted model 10-30 seconds to write.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Retries after a 429 or 5xx (or a timed-out attempt), with exponential backoff from <see cref="RetryBaseDelay"/>.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Ask for the letter as JSON against a schema; turn off for servers without json_schema support.</summary>
    public bool StructuredOutput { get; set; } = true;

    [Range(0.0, 2.0)]
    public double Temperature { get; set; } = 0.8;

    [Range(100, 32_000)]
    public int MaxOutputTokens { get; set; } = 1_500;

    /// <summary>
    /// After each draft the model critiques it against the studio's checks (must-says, leave-unsaid, persons, clichés,
    /// the occasion, length) and writes it again; the revision is what is stored. Costs one or two more calls per
    /// candidate, with the draft's prompt sent again each time; turn off for a slow local model or to save tokens.
    /// </summary>
    public bool CritiqueAndRevise { get; set; } = true;

    /// <summary>Cap on the critique's own answer: a short list of problems, not a letter. 600 tokens is about 30 findings.</summary>
    [Range(100, 8_000)]
    public int CritiqueMaxOutputTokens { get; set; } = 600;
}
