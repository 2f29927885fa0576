using System.Text.Json;
using System.Text.Json.Serialization;

namespace LetterStudio.Handwriting.Fonts;

/// <summary>The shape of fonts/fonts.json. Coverage and variant files are written by fonts/tools/make_variants.py.</summary>
internal sealed class FontManifest
{
    public required ManifestFont Fallback { get; init; }
    public required List<ManifestFont> Fonts { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static FontManifest Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<FontManifest>(stream, Json)
            ?? throw new InvalidDataException($"{path} is empty.");
    }
}

internal sealed class ManifestFont
{
    public required string Id { get; init; }
    public required string File { get; init; }
    public required string DisplayName { get; init; }
    public required string Licence { get; init; }
    public required string LicenceFile { get; init; }
    public string Source { get; init; } = "";
    public float DefaultSize { get; init; } = 12;
    public float LineSpacing { get; init; } = 1.2f;
    public float SignatureScale { get; init; } = 1.4f;
    public HandTuning Variation { get; init; } = new();
    public List<string> VariantFiles { get; init; } = [];
    public string Coverage { get; init; } = "";

    // Issue 13's catalogue fields (fonts/tools/build_hands.py and the catalogue write them). Read
    // here so the manifest still loads with unknown members disallowed; the hand engine uses them.
    public bool Connected { get; init; }
    public int Neatness { get; init; }
    public bool Signature { get; init; }
    public string? SignatureFontId { get; init; }
    public Dictionary<string, float> Sizes { get; init; } = [];
    public string? HandFile { get; init; }
    public string? FormsFile { get; init; }
}
