using LetterStudio.Handwriting.Fonts;

namespace LetterStudio.Handwriting;

/// <summary>
/// The bundled fonts, loaded once from a fonts folder holding fonts.json. Share one instance:
/// it is immutable after loading and safe to use from many threads at once.
/// </summary>
public sealed class FontLibrary : IDisposable
{
    /// <summary>Name of the manifest file inside the fonts folder.</summary>
    public const string ManifestFileName = "fonts.json";

    private readonly Dictionary<string, HandwritingFont> _byId;

    private FontLibrary(string directory, IReadOnlyList<HandwritingFont> fonts, HandwritingFont fallback)
    {
        Directory = directory;
        Fonts = fonts;
        Fallback = fallback;
        _byId = fonts.ToDictionary(font => font.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The folder the fonts were loaded from.</summary>
    public string Directory { get; }

    /// <summary>The handwriting fonts, in manifest order.</summary>
    public IReadOnlyList<HandwritingFont> Fonts { get; }

    /// <summary>The plain font that supplies characters a hand lacks.</summary>
    public HandwritingFont Fallback { get; }

    /// <summary>The font used when none is asked for: the manifest's first.</summary>
    public HandwritingFont DefaultFont => Fonts[0];

    /// <summary>The default fonts folder: "fonts" beside the application's assemblies.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "fonts");

    /// <summary>Loads every font listed in <c>fonts.json</c> in <paramref name="directory"/>, each with the forms in its hand file.</summary>
    /// <exception cref="FileNotFoundException">The manifest or a font file is missing.</exception>
    /// <exception cref="InvalidDataException">The manifest is inconsistent.</exception>
    public static FontLibrary Load(string directory)
    {
        var full = Path.GetFullPath(directory);
        var manifestPath = Path.Combine(full, ManifestFileName);
        if (!File.Exists(manifestPath))
            throw new FileNotFoundException($"No {ManifestFileName} in the fonts folder {full}.", manifestPath);
        var manifest = FontManifest.Read(manifestPath);
        if (manifest.Fonts.Count == 0)
            throw new InvalidDataException($"{manifestPath} lists no fonts.");
        var duplicate = manifest.Fonts.GroupBy(f => f.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidDataException($"{manifestPath} lists font id '{duplicate.Key}' twice.");
        var fonts = manifest.Fonts.Select(entry => new HandwritingFont(entry, full, isFallback: false)).ToList();
        return new FontLibrary(full, fonts, new HandwritingFont(manifest.Fallback, full, isFallback: true));
    }

    /// <summary>Finds a handwriting font by id (case-insensitive).</summary>
    public bool TryGet(string id, out HandwritingFont font) => _byId.TryGetValue(id, out font!);

    /// <summary>Finds a handwriting font by id (case-insensitive); null gives <see cref="DefaultFont"/>.</summary>
    /// <exception cref="ArgumentException">No font has that id; the message lists the ids there are.</exception>
    public HandwritingFont Get(string? id) =>
        id is null ? DefaultFont
        : TryGet(id, out var font) ? font
        : throw new ArgumentException($"Unknown font '{id}'. Fonts: {string.Join(", ", Fonts.Select(f => f.Id))}.", nameof(id));

    /// <summary>Releases the native font data. Only call once no render is using the library.</summary>
    public void Dispose()
    {
        foreach (var font in Fonts.Append(Fallback)) font.Dispose();
    }
}
