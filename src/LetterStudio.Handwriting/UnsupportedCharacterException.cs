using System.Globalization;

namespace LetterStudio.Handwriting;

/// <summary>
/// A character that neither the chosen hand nor any bundled font can draw. It is refused rather
/// than drawn as an empty box. Line and column count within the part's own text, from 1.
/// </summary>
public sealed class UnsupportedCharacterException : Exception
{
    internal UnsupportedCharacterException(int codePoint, LetterPart part, int partIndex, int offset, int line, int column)
        : base(Describe(codePoint, part, partIndex, line, column))
    {
        CodePoint = codePoint;
        Part = part;
        PartIndex = partIndex;
        Offset = offset;
        Line = line;
        Column = column;
    }

    /// <summary>The refused character.</summary>
    public int CodePoint { get; }

    /// <summary>The character as "U+XXXX".</summary>
    public string CodePointLabel => FormatCodePoint(CodePoint);

    /// <summary>The letter part holding it.</summary>
    public LetterPart Part { get; }

    /// <summary>Index of the paragraph or address line within the part (0 for single parts).</summary>
    public int PartIndex { get; }

    /// <summary>UTF-16 offset of the character in the part's text.</summary>
    public int Offset { get; }

    /// <summary>Line within the part's text, from 1 (a part's text may hold line breaks).</summary>
    public int Line { get; }

    /// <summary>Column within that line, from 1, counting Unicode characters.</summary>
    public int Column { get; }

    internal static string FormatCodePoint(int codePoint) => "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);

    private static string Describe(int codePoint, LetterPart part, int partIndex, int line, int column)
    {
        var shown = codePoint < 0x20 || codePoint is >= 0x7F and < 0xA0 or >= 0xD800 and <= 0xDFFF ? "" : $" '{char.ConvertFromUtf32(codePoint)}'";
        var where = part is LetterPart.Paragraph or LetterPart.Recipient or LetterPart.ReturnAddress
            ? $"{part} {partIndex + 1}"
            : part.ToString();
        return $"Character {FormatCodePoint(codePoint)}{shown} in {where}, line {line}, column {column}, is not covered by any bundled font.";
    }
}
