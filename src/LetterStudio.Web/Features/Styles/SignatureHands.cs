using System.Text.Json;
using LetterStudio.Application.Letters;
using LetterStudio.Web.Features.Desk;

namespace LetterStudio.Web.Features.Styles;

/// <summary>A hand of the catalogue as offered for a signature.</summary>
public sealed record SignatureHand(string Id, string Name, bool Connected);

/// <summary>
/// The catalogue's hands to sign in, joined (connected cursive) hands first: a signature is usually written in one
/// stroke. Whether a hand is connected is the catalogue's own "connected" flag in fonts.json; a hand without it is not.
/// </summary>
public sealed class SignatureHands(LetterRendering rendering)
{
    private readonly Lazy<IReadOnlyList<SignatureHand>> hands = new(() => Load(rendering));

    public IReadOnlyList<SignatureHand> All => hands.Value;

    public bool IsKnown(string? id) => id is null || All.Any(h => h.Id == id);

    private static List<SignatureHand> Load(LetterRendering rendering)
    {
        var connected = new HashSet<string>(StringComparer.Ordinal);
        var manifest = Path.Combine(rendering.FontsDirectory, "fonts.json");
        if (File.Exists(manifest))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(manifest));
            foreach (var font in json.RootElement.GetProperty("fonts").EnumerateArray())
                if (font.TryGetProperty("connected", out var flag) && flag.ValueKind == JsonValueKind.True)
                    connected.Add(font.GetProperty("id").GetString()!);
        }
        return [.. rendering.Fonts.Select(f => new SignatureHand(f.Id, f.DisplayName, connected.Contains(f.Id)))
            .OrderByDescending(h => h.Connected).ThenBy(h => h.Name, StringComparer.OrdinalIgnoreCase)];
    }
}
