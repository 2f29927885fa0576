namespace LetterStudio.Handwriting.Tests;

/// <summary>
/// The repository's fonts/ folder as copied beside the tests by the engine's project, loaded once
/// for all tests. Never system fonts.
/// </summary>
internal static class TestFonts
{
    private static readonly Lazy<FontLibrary> Shared = new(() => FontLibrary.Load(Directory));

    public static string Directory => FontLibrary.DefaultDirectory;

    public static FontLibrary Library => Shared.Value;

    public static HandwritingRenderer Renderer { get; } = new(Library);

    public static IEnumerable<string> HandIds => Library.Fonts.Select(f => f.Id);
}
