using System.Text.Json;
using System.Text.Json.Serialization;

namespace LetterStudio.Drafting.Checks;

/// <summary>The style check of one text: its findings and the measures they were judged on. Stored beside the revision as JSON.</summary>
public sealed record StyleReport(IReadOnlyList<StyleFinding> Findings, LetterMeasures Measures)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>No errors; warnings are advice.</summary>
    public bool Passed => Findings.All(f => f.Severity != FindingSeverity.Error);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static StyleReport FromJson(string json) =>
        JsonSerializer.Deserialize<StyleReport>(json, Json) ?? throw new JsonException("The stored checks are empty.");
}
