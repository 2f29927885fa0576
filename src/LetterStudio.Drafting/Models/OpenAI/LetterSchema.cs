using System.Text.Json;
using OpenAI.Chat;

namespace LetterStudio.Drafting.Models.OpenAI;

/// <summary>The structured answers asked of the model: a whole letter in parts, or one paragraph.</summary>
internal static class LetterSchema
{
    // The greeting, sign-off and signature are the studio's (per recipient and occasion), so the model writes the body
    // and an optional P.S. only; asking it to echo fixed lines back invited it to change them.
    public static ChatResponseFormat Letter { get; } = ChatResponseFormat.CreateJsonSchemaFormat("letter", BinaryData.FromString("""
        {
          "type": "object",
          "properties": {
            "paragraphs": { "type": "array", "items": { "type": "string" } },
            "postscript": { "type": "string" }
          },
          "required": ["paragraphs", "postscript"],
          "additionalProperties": false
        }
        """), "The body of a handwritten letter, one string per paragraph, and a P.S. (empty for none).", jsonSchemaIsStrict: true);

    public static ChatResponseFormat Paragraph { get; } = ChatResponseFormat.CreateJsonSchemaFormat("paragraph", BinaryData.FromString("""
        {
          "type": "object",
          "properties": { "paragraph": { "type": "string" } },
          "required": ["paragraph"],
          "additionalProperties": false
        }
        """), "One paragraph of a letter.", jsonSchemaIsStrict: true);

    public const string LetterFormat = "Answer with JSON only, matching the schema: paragraphs (the body of the letter, one string per paragraph, without the greeting, sign-off or signature) and postscript (a short P.S. without the \"P.S.\" label, or an empty string for none).";

    public const string PlainFormat = "Answer with the body of the letter as plain text only: the paragraphs separated by blank lines, without the greeting, sign-off or signature; a P.S., if any, on a last line starting with \"P.S.\".";

    /// <summary>A plain-text body, placed in the studio's frame; a last paragraph starting "P.S." is the postscript.</summary>
    public static LetterDraft ParsePlainBody(string text, Voice.RecipientFrame frame)
    {
        var blocks = text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(b => string.Join(" ", b.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).Where(b => b.Length > 0).ToList();
        // A model that wrote the frame anyway: its own greeting and sign-off lines give way to the studio's.
        if (blocks.Count > 0 && blocks[0].Trim().TrimEnd(',').Equals(frame.Salutation.TrimEnd(','), StringComparison.OrdinalIgnoreCase)) blocks.RemoveAt(0);
        string? ps = null;
        if (blocks.Count > 1 && blocks[^1].StartsWith("P.S", StringComparison.OrdinalIgnoreCase)) { ps = blocks[^1]; blocks.RemoveAt(blocks.Count - 1); }
        if (blocks.Count > 0 && blocks[^1].EndsWith(frame.Signature, StringComparison.Ordinal) && blocks[^1].StartsWith(frame.SignOff.TrimEnd(','), StringComparison.OrdinalIgnoreCase)) blocks.RemoveAt(blocks.Count - 1);
        return LetterDraft.InFrame(frame, blocks, ps);
    }

    public static LetterDraft ParseLetter(string json, Voice.RecipientFrame frame)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new NotALetterException("the answer is JSON but not an object with the letter's parts.");
            var paragraphs = root.TryGetProperty("paragraphs", out var p) && p.ValueKind == JsonValueKind.Array
                ? p.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null).ToList()
                : null;
            return LetterDraft.InFrame(frame, paragraphs, Text(root, "postscript"));
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
