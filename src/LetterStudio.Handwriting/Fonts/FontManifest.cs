using System.Text.Json;
using System.Text.Json.Serialization;

namespace LetterStudio.Handwriting.Fonts;

/// <summary>
/// The shape of fonts/fonts.json. Coverage, the hand file and its forms map are written by
/// fonts/tools/build_hands.py; the catalogue fields (connected, neatness, sizes, signature hand) by hand.
/// </summary>
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

    public string Coverage { get; init; } = "";

    /// <summary>The hand's -LS file holding every form; null draws from <see cref="File"/> with one form per glyph.</summary>
    public string? HandFile { get; init; }

    /// <summary>The forms map beside <see cref="HandFile"/>.</summary>
    public string? FormsFile { get; init; }

    public bool Connected { get; init; }
    public int Neatness { get; init; } = 3;
    public bool Signature { get; init; }
    public string? SignatureFontId { get; init; }

    /// <summary>Size in points per paper name ("A5", "A4", "Letter", "Card5x7").</summary>
    public Dictionary<string, float> Sizes { get; init; } = [];

    /// <summary>build_hands.py's own knobs; the engine does not read them.</summary>
    public JsonElement? Allographs { get; init; }
}
