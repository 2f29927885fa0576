namespace LetterStudio.Handwriting.Composition;

/// <summary>A line given its page and nominal baseline.</summary>
internal readonly record struct PositionedLine(FlowLine Line, float Baseline);

/// <summary>
/// Fills pages from top to bottom. When a page is full, the break moves up past every line that
/// must stay with the next (orphans and widows, a closing with its signature); only a chain
/// longer than a page is broken anyway. Orphan and widow control yields where it would leave the page
/// less than <see cref="MinFill"/> full (a writer fills the page; the "page fullness" tell counts a short
/// page before the last); only hard keeps (parts kept together, the last body lines with the closing) hold.
/// On ruled paper every baseline falls on a rule.
/// </summary>
internal sealed class Paginator(float contentTop, float contentBottom, float reserve, float? rulePitch)
{
    public const float MinFill = 0.85f;

    public List<List<PositionedLine>> Paginate(IReadOnlyList<FlowLine> lines)
    {
        var pages = new List<List<PositionedLine>>();
        int index = 0;
        while (index < lines.Count)
        {
            int start = index;
            var page = new List<PositionedLine>();
            float baseline = FirstBaseline(lines[index]);
            if (!Fits(baseline, lines[index]))
                throw new ArgumentException("The margins leave no room for a single line at this font size.");
            page.Add(new PositionedLine(lines[index++], baseline));
            while (index < lines.Count)
            {
                float next = baseline + Step(lines[index].Advance);
                if (!Fits(next, lines[index])) break;
                baseline = next;
                page.Add(new PositionedLine(lines[index++], baseline));
            }
            if (index < lines.Count)
            {
                int breakAt = index;
                while (breakAt > start && lines[breakAt - 1].KeepWithNext) breakAt--;
                if (breakAt > start && Fill(page, breakAt - start) < MinFill)
                {
                    // Too short: break at the last line that only avoids an orphan or widow, if that fills more.
                    int soft = index;
                    while (soft > breakAt && lines[soft - 1].KeepWithNext && lines[soft - 1].HardKeep) soft--;
                    if (soft > breakAt) breakAt = soft;
                }
                if (breakAt > start)
                {
                    page.RemoveRange(breakAt - start, index - breakAt);
                    index = breakAt;
                }
            }
            pages.Add(page);
        }
        return pages;
    }

    /// <summary>The rules of a ruled page: every pitch from the top of the text area down to its bottom.</summary>
    public List<float> Rules(float descent)
    {
        var rules = new List<float>();
        if (rulePitch is not { } pitch) return rules;
        for (float y = contentTop + pitch; y + descent + reserve <= contentBottom; y += pitch) rules.Add(y);
        return rules;
    }

    /// <summary>How much of the page's height the first <paramref name="count"/> lines cover.</summary>
    private float Fill(List<PositionedLine> page, int count)
    {
        var last = page[count - 1];
        return (last.Baseline + last.Line.Descent - contentTop) / (contentBottom - contentTop);
    }

    private float FirstBaseline(FlowLine line)
    {
        float lowest = contentTop + reserve + line.Ascent;
        if (rulePitch is not { } pitch) return lowest;
        // The first rule at or below the lowest baseline the line's ascent allows.
        return contentTop + MathF.Ceiling((lowest - contentTop) / pitch - 1e-4f) * pitch;
    }

    private float Step(float advance) =>
        rulePitch is { } pitch ? MathF.Max(1, MathF.Ceiling(advance / pitch - 1e-3f)) * pitch : advance;

    private bool Fits(float baseline, FlowLine line) => baseline + line.Descent + reserve <= contentBottom;
}
