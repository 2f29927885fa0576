namespace LetterStudio.Domain.Styles;

/// <summary>The inks a customer chooses from: names people know, colours the engine draws.</summary>
public static class StudioInks
{
    public static IReadOnlyList<(string Name, string Colour)> All { get; } =
    [
        ("Blue-black", "#1B2A4A"),
        ("Royal blue", "#1F3FA6"),
        ("Black", "#1A1A1A"),
        ("Sepia", "#5B3A1E"),
        ("Forest green", "#1F4D2B"),
    ];

    public static bool IsKnown(string colour) => All.Any(i => string.Equals(i.Colour, colour, StringComparison.OrdinalIgnoreCase));

    /// <summary>The ink's name, or "a custom ink (#RRGGBB)" for a colour the desk mixed.</summary>
    public static string NameOf(string colour) =>
        All.FirstOrDefault(i => string.Equals(i.Colour, colour, StringComparison.OrdinalIgnoreCase)).Name ?? $"a custom ink ({colour})";
}
