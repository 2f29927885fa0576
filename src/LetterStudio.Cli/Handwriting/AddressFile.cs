using LetterStudio.Handwriting;

namespace LetterStudio.Cli.Handwriting;

/// <summary>An address file: one address line per line; blank lines are skipped but keep the line count.</summary>
internal sealed class AddressFile(string path, IReadOnlyList<string> lines)
{
    public string Path { get; } = path;

    /// <summary>Every line of the file, blank ones too, so a line's index is its line number minus one.</summary>
    public IReadOnlyList<string> Lines { get; } = lines;

    public static AddressFile Read(string path)
    {
        var lines = File.ReadAllLines(path);
        return lines.Any(l => !string.IsNullOrWhiteSpace(l))
            ? new AddressFile(path, lines)
            : throw new InputFileException(path, 1, 1, "the address file is empty.");
    }

    public InputFileException Locate(UnsupportedCharacterException refused) =>
        new(Path, refused.PartIndex + refused.Line, refused.Column, LetterTextFile.Describe(refused));
}
