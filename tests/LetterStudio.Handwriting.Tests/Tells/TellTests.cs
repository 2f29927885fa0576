using System.Globalization;

namespace LetterStudio.Handwriting.Tests.Tells;

/// <summary>
/// The robot tells of issue 13 on every bundled hand at the default realism, measured on the PDF (and the
/// layout for glyph ids) of the sample letters: the engine's targets.
/// </summary>
public class TellTests
{
    private static IEnumerable<TestCaseData> HandsAndLetters() =>
        TestFonts.HandIds.SelectMany(id => new[] { "short", "reference", "long" }.Select(letter => new TestCaseData(id, letter)));

    private static Letter LetterNamed(string name) => name switch
    {
        "short" => SampleLetters.Short,
        "reference" => SampleLetters.Reference,
        _ => SampleLetters.Long(4),
    };

    [TestCaseSource(nameof(HandsAndLetters))]
    public void A_letter_at_the_default_realism_shows_none_of_the_robot_tells(string fontId, string letterName)
    {
        var letter = LetterNamed(letterName);
        var options = new RenderOptions { FontId = fontId, Seed = 7 };
        var pdf = SampleLetters.Pdf(letter, options);
        var tells = PdfTells.Of(pdf);
        var layout = LayoutTells.Of(TestFonts.Renderer.Measure(letter, options));
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{fontId} {letterName}: doubled identical {layout.DoubledIdentical.Count}/{layout.DoubledPairs}, repeated identical {layout.RepeatedIdentical.Count}/{layout.RepeatedWords}, " +
            $"rigid {tells.RigidWords}/{tells.LongWords} ({tells.RigidShare:P0}), gap min {tells.MinGapEm:F3} median {tells.MedianGapEm:F3} em, touching {tells.Touching}, " +
            $"ink steps {tells.InkSteps} (largest dE {tells.LargestNeighbourDeltaE:F2}), flagged fallbacks {tells.FlaggedFallbacks.Count}, fullness {string.Join('/', tells.Fullness.Select(f => f.ToString("F2", CultureInfo.InvariantCulture)))}"));

        Assert.Multiple(() =>
        {
            Assert.That(layout.DoubledIdentical, Is.Empty, "tell 1: doubled letters drawn with the same form");
            Assert.That(layout.RepeatedIdentical, Is.Empty, "tell 2: words written again with the same forms");
            Assert.That(tells.RigidShare, Is.LessThan(0.2), $"tell 3: rigid words: {string.Join(' ', tells.Rigid)}");
            Assert.That(tells.Gaps.Where(g => g.GapEm < 0.08), Is.Empty, "tell 4: touching words");
            Assert.That(tells.InkSteps, Is.Zero, "tell 5: ink steps");
            Assert.That(tells.LargestNeighbourDeltaE, Is.LessThan(1.5), $"engine: neighbours differ by less than 1.5 ({tells.LargestStep})");
            Assert.That(tells.FlaggedFallbacks, Is.Empty, "tell 6: typeset marks from the fallback");
            Assert.That(tells.ShortPages, Is.Zero, "tell 7: a page before the last less than 80% full");
        });
    }
}
