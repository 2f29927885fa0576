using System.Globalization;

namespace LetterStudio.Handwriting;

/// <summary>An opaque ink colour.</summary>
/// <param name="R">Red, 0-255.</param>
/// <param name="G">Green, 0-255.</param>
/// <param name="B">Blue, 0-255.</param>
public readonly record struct InkColor(byte R, byte G, byte B)
{
    /// <summary>The blue-black of a fountain pen, the default.</summary>
    public static InkColor BlueBlack { get; } = new(0x1A, 0x2A, 0x6C);

    /// <summary>Parses "#RRGGBB" (the leading # is optional).</summary>
    /// <exception cref="FormatException">The text is not six hexadecimal digits.</exception>
    public static InkColor Parse(string text) =>
        TryParse(text, out var color) ? color : throw new FormatException($"Ink colour '{text}' is not in the form #RRGGBB.");

    /// <summary>Parses "#RRGGBB" (the leading # is optional).</summary>
    public static bool TryParse(string? text, out InkColor color)
    {
        color = default;
        var hex = text.AsSpan().Trim();
        if (hex.StartsWith("#")) hex = hex[1..];
        if (hex.Length != 6 || !uint.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
            return false;
        color = new InkColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
        return true;
    }

    /// <summary>The colour as "#RRGGBB".</summary>
    public override string ToString() => $"#{R:X2}{G:X2}{B:X2}";
}
