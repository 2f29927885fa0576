namespace LetterStudio.Handwriting.Composition;

/// <summary>Sheet and envelope sizes in PDF points (1/72 in).</summary>
internal static class PaperGeometry
{
    private const float PointsPerMm = 72f / 25.4f;

    public static (float Width, float Height) Of(PaperSize paper) => paper switch
    {
        PaperSize.A5 => (148 * PointsPerMm, 210 * PointsPerMm),
        PaperSize.A4 => (210 * PointsPerMm, 297 * PointsPerMm),
        PaperSize.Letter => (612, 792),
        PaperSize.Card5x7 => (360, 504),
        _ => throw new ArgumentOutOfRangeException(nameof(paper), paper, null),
    };

    /// <summary>Envelopes are addressed landscape.</summary>
    public static (float Width, float Height) Of(EnvelopeSize size) => size switch
    {
        EnvelopeSize.DL => (220 * PointsPerMm, 110 * PointsPerMm),
        EnvelopeSize.C5 => (229 * PointsPerMm, 162 * PointsPerMm),
        EnvelopeSize.No10 => (9.5f * 72, 4.125f * 72),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, null),
    };
}
