using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace LetterStudio.Web.Tests.Api;

/// <summary>
/// Checks a JSON answer against an OpenAPI schema as read back by Microsoft.OpenApi (references resolved): types (a
/// union such as ["null", "string"] included), required and declared properties, items, enums and oneOf/anyOf/allOf.
/// Formats and patterns are not checked: the answers come from System.Text.Json, which writes them one way only.
/// </summary>
internal static class SchemaCheck
{
    public static void Check(IOpenApiSchema schema, JsonNode? node, string at, List<string> errors)
    {
        if (schema.AllOf is { Count: > 0 } all)
            foreach (var part in all) Check(part, node, at, errors);
        foreach (var choices in new[] { schema.OneOf, schema.AnyOf })
        {
            if (choices is not { Count: > 0 }) continue;
            if (!choices.Any(c => Passes(c, node))) errors.Add($"{at}: matches none of {choices.Count} choices: {node?.ToJsonString()}");
        }
        if (schema.Type is { } type && !Allows(type, node))
        {
            errors.Add($"{at}: {Kind(node)} where the document says {type}");
            return;
        }
        if (schema.Enum is { Count: > 0 } values && node is not null && !values.Any(v => JsonNode.DeepEquals(v, node)))
            errors.Add($"{at}: {node.ToJsonString()} is not one of {string.Join(", ", values.Select(v => v?.ToJsonString()))}");
        switch (node)
        {
            case JsonObject obj:
                foreach (var required in schema.Required ?? new HashSet<string>())
                    if (!obj.ContainsKey(required)) errors.Add($"{at}: no '{required}'");
                foreach (var (name, value) in obj)
                {
                    if (schema.Properties?.TryGetValue(name, out var property) == true) Check(property, value, $"{at}.{name}", errors);
                    else if (schema.Properties is { Count: > 0 } && schema.AdditionalProperties is null && !schema.AdditionalPropertiesAllowed)
                        errors.Add($"{at}: '{name}' is not in the document");
                    else if (schema.AdditionalProperties is { } extra) Check(extra, value, $"{at}.{name}", errors);
                }
                break;
            case JsonArray array when schema.Items is { } items:
                for (var i = 0; i < array.Count; i++) Check(items, array[i], $"{at}[{i}]", errors);
                break;
        }
    }

    private static bool Passes(IOpenApiSchema schema, JsonNode? node)
    {
        var errors = new List<string>();
        Check(schema, node, "", errors);
        return errors.Count == 0;
    }

    private static bool Allows(JsonSchemaType type, JsonNode? node) => Kind(node) switch
    {
        "null" => type.HasFlag(JsonSchemaType.Null),
        "boolean" => type.HasFlag(JsonSchemaType.Boolean),
        "integer" => type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number),
        "number" => type.HasFlag(JsonSchemaType.Number),
        "string" => type.HasFlag(JsonSchemaType.String),
        "array" => type.HasFlag(JsonSchemaType.Array),
        _ => type.HasFlag(JsonSchemaType.Object),
    };

    private static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Number => v.ToJsonString().AsSpan().IndexOfAny(".eE") < 0 ? "integer" : "number",
            JsonValueKind.String => "string",
            _ => "null",
        },
        _ => "unknown",
    };
}
