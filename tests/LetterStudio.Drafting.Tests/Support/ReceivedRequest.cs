using System.Text.Json.Nodes;

namespace LetterStudio.Drafting.Tests.Support;

/// <summary>One request as the server received it.</summary>
public sealed record ReceivedRequest(string Body, string Authorization)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    public IReadOnlyList<(string Role, string Content)> Messages =>
        [.. Json["messages"]!.AsArray().Select(m => (m!["role"]!.GetValue<string>(), Content(m["content"]!)))];

    public string System => Messages.Single(m => m.Role == "system").Content;

    public IReadOnlyList<string> User => [.. Messages.Where(m => m.Role == "user").Select(m => m.Content)];

    private static string Content(JsonNode node) => node is JsonValue v ? v.GetValue<string>()
        : string.Concat(node.AsArray().Select(p => p!["text"]?.GetValue<string>() ?? ""));
}
