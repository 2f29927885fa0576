namespace LetterStudio.Drafting.Checks;

/// <summary>A span of the letter: character offset and length, and the 1-based line and column where it starts.</summary>
public sealed record TextLocation(int Offset, int Length, int Line, int Column)
{
    public static TextLocation Of(string text, int offset, int length)
    {
        var before = text.AsSpan(0, offset);
        var line = before.Count('\n') + 1;
        var column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return new TextLocation(offset, length, line, column);
    }

    public override string ToString() => $"line {Line}, column {Column}";
}
