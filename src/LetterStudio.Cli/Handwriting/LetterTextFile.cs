using LetterStudio.Handwriting;

namespace LetterStudio.Cli.Handwriting;

/// <summary>An error in an input file, at a line and column (from 1).</summary>
internal sealed class InputFileException(string path, int line, int column, string message) : Exception($"{path}:{line}:{column}: {message}")
{
    public string Path { get; } = path;
    public int Line { get; } = line;
    public int Column { get; } = column;
}

/// <summary>
/// A plain-text letter: the first line the salutation, paragraphs separated by blank lines, the
/// closing and the signature as the last two lines. Remembers where each part starts in the
/// file, so the engine's errors (given within a part) can name the file's line and column.
/// </summary>
internal sealed class LetterTextFile
{
    private readonly Dictionary<(LetterPart, int), int> _firstLine = [];

    private LetterTextFile(string path, Letter letter)
    {
        Path = path;
        Letter = letter;
    }

    public string Path { get; }
    public Letter Letter { get; }

    public static LetterTextFile Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var filled = Enumerable.Range(0, lines.Length).Where(i => !string.IsNullOrWhiteSpace(lines[i])).ToList();
        if (filled.Count < 3)
            throw new InputFileException(path, Math.Max(1, lines.Length), 1,
                "a letter needs at least three lines: the salutation first, the closing and the signature last.");
        int salutation = filled[0], closing = filled[^2], signature = filled[^1];
        var paragraphs = new List<string>();
        var starts = new List<int>();
        var current = new List<string>();
        for (int i = salutation + 1; i < closing; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                Flush();
                continue;
            }
            if (current.Count == 0) starts.Add(i);
            current.Add(lines[i]);
        }
        Flush();
        var letter = new Letter
        {
            Salutation = lines[salutation],
            Paragraphs = paragraphs,
            Closing = lines[closing],
            Signature = lines[signature],
        };
        var file = new LetterTextFile(path, letter);
        file._firstLine[(LetterPart.Salutation, 0)] = salutation + 1;
        file._firstLine[(LetterPart.Closing, 0)] = closing + 1;
        file._firstLine[(LetterPart.Signature, 0)] = signature + 1;
        for (int p = 0; p < starts.Count; p++) file._firstLine[(LetterPart.Paragraph, p)] = starts[p] + 1;
        return file;

        void Flush()
        {
            if (current.Count == 0) return;
            // Keep the line breaks: the engine treats them as spaces and counts lines within the paragraph.
            paragraphs.Add(string.Join('\n', current));
            current.Clear();
        }
    }

    /// <summary>The engine's refusal, placed in the file.</summary>
    public InputFileException Locate(UnsupportedCharacterException refused) =>
        new(Path, _firstLine[(refused.Part, refused.PartIndex)] + refused.Line - 1, refused.Column, Describe(refused));

    internal static string Describe(UnsupportedCharacterException refused) =>
        $"character {refused.CodePointLabel} is not covered by any bundled font.";
}
