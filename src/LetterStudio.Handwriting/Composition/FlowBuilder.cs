namespace LetterStudio.Handwriting.Composition;

/// <summary>
/// Collects broken lines in reading order with their spacing and keep-with-next marks:
/// no paragraph leaves a single line at the foot of a page (orphan) or the head of the next
/// (widow), and parts marked keep-together stay on one page with what follows. Lines are
/// <paramref name="width"/> wide, starting <paramref name="blockIndent"/> right of the content box.
/// </summary>
internal sealed class FlowBuilder(float width, float bodyPitch, float blockIndent = 0)
{
    public List<FlowLine> Lines { get; } = [];

    public void Add(TextShaper shaper, HandProfile hand, float size, string text, LetterPart part, int partIndex,
        LineAlignment alignment, float indent, float gapInPitches, bool keepTogether)
    {
        var words = shaper.Shape(text, part, partIndex);
        if (words.Count == 0) return;
        var font = shaper.Hand;
        var broken = LineBreaker.Break(words, font, size, hand, width, indent);
        float pitch = size * font.LineSpacing;
        for (int i = 0; i < broken.Count; i++)
        {
            bool keep = keepTogether
                || (i == 0 && broken.Count > 1)                 // orphan: never the first line alone
                || (i == broken.Count - 2);                     // widow: never the last line alone
            Lines.Add(new FlowLine
            {
                Part = part,
                PartIndex = partIndex,
                Words = broken[i],
                Font = font,
                Size = size,
                Hand = hand,
                Alignment = alignment,
                Indent = blockIndent + (i == 0 ? indent : 0),
                Advance = pitch + (i == 0 && Lines.Count > 0 ? gapInPitches * bodyPitch : 0),
                KeepWithNext = keep,
                HardKeep = keepTogether,
            });
        }
    }

    /// <summary>Keeps the last two lines with what follows (the closing), whatever the page.</summary>
    public void KeepLastWithNext()
    {
        foreach (var line in Lines.TakeLast(2)) line.KeepWithNext = line.HardKeep = true;
    }

    /// <summary>Ends a keep-together chain: what follows may start a new page.</summary>
    public void EndChain()
    {
        if (Lines.Count > 0) Lines[^1].KeepWithNext = Lines[^1].HardKeep = false;
    }
}
