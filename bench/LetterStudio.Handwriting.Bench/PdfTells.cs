using System.Globalization;
using LetterStudio.Inspection;

namespace LetterStudio.Handwriting.Bench;

/// <summary>
/// The robot tells measured from the PDFs themselves, as `letterstudio inspect` measures them, over generated
/// letters in every bundled hand at the default realism and size: printed beside the speed.
/// </summary>
internal static class PdfTells
{
    public static string Over(HandwritingRenderer renderer, IReadOnlyList<string> hands, int letters)
    {
        int failing = 0, doubledSame = 0, doubled = 0, repeatedSame = 0, repeated = 0, rigid = 0, longWords = 0, touching = 0, steps = 0, fallback = 0, shortPages = 0;
        double minGap = double.MaxValue, maxDeltaE = 0;
        var failingByHand = new Dictionary<string, int>();
        var examples = new List<string>();
        for (int i = 0; i < letters; i++)
        {
            var hand = hands[i % hands.Count];
            using var pdf = new MemoryStream();
            renderer.RenderPdf(GeneratedLetters.Make(i), new RenderOptions { FontId = hand, Seed = 5000 + i }, pdf);
            var report = PdfInspector.Inspect(pdf.ToArray());
            var t = report.Total;
            if (report.AnyFails)
            {
                failing++;
                failingByHand[hand] = failingByHand.GetValueOrDefault(hand) + 1;
                foreach (var tell in report.Failing)
                foreach (var example in tell.Examples.Take(2))
                    if (examples.Count < 12) examples.Add($"{hand} seed {5000 + i}: {tell.Name}: “{example.Word}” ({example.Detail})");
            }
            doubled += t.DoubledLetters; doubledSame += t.DoubledLettersIdentical;
            repeated += t.RepeatedWords; repeatedSame += t.RepeatedWordsIdentical;
            longWords += t.LongWords; rigid += t.RigidWords;
            touching += t.TouchingPairs; steps += t.InkSteps; fallback += t.FallbackTellGlyphs;
            if (t.MinWordGapEm is { } gap) minGap = Math.Min(minGap, gap);
            if (t.MaxInkDeltaE is { } deltaE) maxDeltaE = Math.Max(maxDeltaE, deltaE);
            shortPages += report.Pages.Count(p => !p.IsLast && p.Fullness < report.Thresholds.MinPageFullness);
        }
        var worst = failingByHand.Count == 0 ? "none" : string.Join(", ", failingByHand.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}"));
        var text = string.Create(CultureInfo.InvariantCulture,
            $"tells from the PDFs of {letters} generated letters in {hands.Count} hands (realism {RenderOptions.DefaultRealism}, `inspect`'s thresholds):\n" +
            $"  letters with any tell: {failing} (by hand: {worst})\n" +
            $"  doubled letters drawn alike {doubledSame} of {doubled}; words written again alike {repeatedSame} of {repeated}\n" +
            $"  rigid words {rigid} of {longWords} ({(double)rigid / Math.Max(1, longWords):P1}; target < 20%)\n" +
            $"  smallest word gap on ink {(minGap == double.MaxValue ? 0 : minGap):F3} em; touching pairs {touching}\n" +
            $"  ink steps {steps} (largest delta E between neighbours {maxDeltaE:F2}; a step is > 3)\n" +
            $"  flagged characters from the fallback font {fallback}; pages short of 80% before the last {shortPages}");
        return text + string.Concat(examples.Select(line => "\n    e.g. " + line));
    }
}
