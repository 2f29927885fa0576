namespace LetterStudio.Handwriting.Composition;

/// <summary>How a block of lines sits horizontally.</summary>
internal enum LineAlignment { Left, Right }

/// <summary>
/// A broken line waiting for a page: its words, its font and size, the distance from the previous
/// line's baseline, and whether it must stay on the same page as the next line.
/// </summary>
internal sealed class FlowLine
{
    public required LetterPart Part { get; init; }
    public required int PartIndex { get; init; }
    public required List<ShapedWord> Words { get; init; }
    public required HandwritingFont Font { get; init; }
    public required float Size { get; init; }
    public required HandProfile Hand { get; init; }
    public required LineAlignment Alignment { get; init; }
    public required float Indent { get; init; }

    /// <summary>Baseline-to-baseline distance from the previous line, gap included; ignored at the top of a page.</summary>
    public required float Advance { get; init; }

    public bool KeepWithNext { get; set; }

    /// <summary>
    /// The keep may not be given up to fill a page (a part kept together, the last body lines with the
    /// closing); otherwise it only avoids an orphan or widow, and yields when keeping would leave a page short.
    /// </summary>
    public bool HardKeep { get; set; }

    public float Ascent => Font.AscentEm * Size;
    public float Descent => Font.DescentEm * Size;
    public string Text => string.Join(' ', Words.Select(w => w.Text));
}
