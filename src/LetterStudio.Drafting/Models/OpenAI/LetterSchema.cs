using System.Text.Json;
using OpenAI.Chat;

namespace LetterStudio.Drafting.Models.OpenAI;

/// <summary>The structured answers asked of the model: a whole letter in parts, or one paragraph.</summary>
internal static class LetterSchema
{
    public static ChatResponseFormat Letter { get; } = ChatResponseFormat.CreateJsonSchemaFormat("letter", BinaryData.FromString("""
        {
          "type": "object",
          "properties": {
            "salutation": { "type": "string" },
            "paragraphs": { "type": "array", "items": { "type": "string" } },
            "closing": { "type": "string" },
            "signature": { "type": "string" }
          },
          "required": ["salutation", "paragraphs", "closing", "signature"],
          "additionalProperties": false
        }
        """), "A handwritten letter: the salutation line, the body paragraphs, the sign-off line and the signature.", jsonSchemaIsStrict: true);

    public static ChatResponseFormat Paragraph { get; } = ChatResponseFormat.CreateJsonSchemaFormat("paragraph", BinaryData.FromString("""
        {
          "type": "object",
          "properties": { "paragraph": { "type": "string" } },
          "required": ["paragraph"],
          "additionalProperties": false
        }
        """), "One paragraph of a letter.", jsonSchemaIsStrict: true);

    public const string LetterFormat = "Answer with JSON only, matching the schema: salutation (the salutation line), paragraphs (the body, one string per paragraph), closing (the sign-off line), signature (the name signed).";

    public const string PlainFormat = "Answer with the letter as plain text only: the salutation line, the paragraphs separated by blank lines, the sign-off line, and the signature on the last line.";

    public static LetterDraft ParseLetter(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new NotALetterException("the answer is JSON but not an object with the letter's parts.");
            var paragraphs = root.TryGetProperty("paragraphs", out var p) && p.ValueKind == JsonValueKind.Array
                ? p.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null).ToList()
                : null;
            return LetterDraft.Create(Text(root, "salutation"), paragraphs, Text(root, "closing"), Text(root, "signature"));
        }
        catch (JsonException ex)
        {
            throw new NotALetterException($"it was asked for as JSON, and this is not JSON ({ex.Message.Split('.')[0]}).");
        }
    }

    public static string ParseParagraph(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var text = doc.RootElement.ValueKind == JsonValueKind.Object ? Text(doc.RootElement, "paragraph") : null;
            return string.IsNullOrWhiteSpace(text) ? throw new NotALetterException("the answer holds no paragraph.") : text.Trim();
        }
        catch (JsonException)
        {
            throw new NotALetterException("it was asked for as JSON with one paragraph, and this is not JSON.");
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
