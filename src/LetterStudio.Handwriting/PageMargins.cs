namespace LetterStudio.Handwriting;

/// <summary>Margins in PDF points (1/72 in). No glyph is ever drawn inside them.</summary>
/// <param name="Top">Top margin.</param>
/// <param name="Right">Right margin.</param>
/// <param name="Bottom">Bottom margin.</param>
/// <param name="Left">Left margin.</param>
public sealed record PageMargins(float Top, float Right, float Bottom, float Left)
{
    /// <summary>The same margin on all four sides.</summary>
    public static PageMargins Uniform(float points) => new(points, points, points, points);

    /// <summary>The margins used when <see cref="RenderOptions.Margins"/> is not set.</summary>
    public static PageMargins DefaultFor(PaperSize paper) => paper switch
    {
        // About 15 mm on A5 and cards, 20 mm on A4, 0.75 in on US Letter: what a writer leaves.
        PaperSize.A5 => Uniform(42),
        PaperSize.A4 => Uniform(57),
        PaperSize.Letter => Uniform(54),
        PaperSize.Card5x7 => Uniform(30),
        _ => throw new ArgumentOutOfRangeException(nameof(paper), paper, null),
    };
}
