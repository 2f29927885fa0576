using System.Diagnostics.Metrics;

namespace LetterStudio.Handwriting;

/// <summary>
/// The engine's counters, on the <see cref="MeterName"/> meter: letters rendered and pages drawn, each tagged with
/// where they went ("pdf" for a letter's own PDF, "document" for a shared one such as a print batch, "png" for a
/// preview page). Pages per second is the rate of <c>letterstudio.pages.rendered</c>. Nothing is counted unless a
/// metrics listener (OpenTelemetry) has subscribed to the meter.
/// </summary>
public static class HandwritingTelemetry
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "LetterStudio.Handwriting";

    private static readonly Meter Meter = new(MeterName);

    internal static readonly Counter<long> Letters = Meter.CreateCounter<long>("letterstudio.letters.rendered", "{letter}", "Letters rendered by the handwriting engine.");

    internal static readonly Counter<long> Pages = Meter.CreateCounter<long>("letterstudio.pages.rendered", "{page}", "Pages drawn by the handwriting engine.");

    internal static void Rendered(string output, int pages, bool letter = true)
    {
        var tag = new KeyValuePair<string, object?>("output", output);
        if (letter) Letters.Add(1, tag);
        Pages.Add(pages, tag);
    }
}
