using System.Runtime.CompilerServices;
using SkiaSharp;

namespace LetterStudio.Handwriting.Tests;

/// <summary>
/// A fixed letter in every hand, drawn at 100 dpi and compared with the PNG committed under References/,
/// so every change to the look shows up in review as a changed picture. Set LS_UPDATE_REFERENCES=1 to
/// rewrite the pictures after a change made on purpose (then look at them before committing).
/// </summary>
public class ReferencePictureTests
{
    private const float Dpi = 100;

    // Mean absolute difference per channel (0-255) over the page: antialiasing differences between
    // machines stay far below it, a moved word or another form of a letter does not.
    private const double Tolerance = 0.6;

    private static IEnumerable<string> Hands() => TestFonts.HandIds;

    [TestCaseSource(nameof(Hands))]
    public void The_reference_letter_looks_as_it_was_last_reviewed(string fontId)
    {
        using var output = new MemoryStream();
        TestFonts.Renderer.RenderPng(SampleLetters.Short, new RenderOptions { FontId = fontId, Seed = 5 }, 0, Dpi, output);
        var path = Path.Combine(ReferencesDirectory(), $"{fontId}.png");
        if (Environment.GetEnvironmentVariable("LS_UPDATE_REFERENCES") == "1")
        {
            File.WriteAllBytes(path, output.ToArray());
            Assert.Pass($"Rewrote {path}");
        }
        Assert.That(File.Exists(path), $"No reference picture {path}: run the tests with LS_UPDATE_REFERENCES=1 and review it.");

        using var actual = SKBitmap.Decode(output.ToArray());
        using var expected = SKBitmap.Decode(path);
        Assert.That((actual.Width, actual.Height), Is.EqualTo((expected.Width, expected.Height)));
        Assert.That(MeanDifference(actual, expected), Is.LessThan(Tolerance), $"{fontId} looks different from {path}");
    }

    [Test]
    public void The_comparison_notices_a_word_moved()
    {
        using var output = new MemoryStream();
        TestFonts.Renderer.RenderPng(SampleLetters.Short, new RenderOptions { FontId = "caveat", Seed = 5 }, 0, Dpi, output);
        using var other = new MemoryStream();
        TestFonts.Renderer.RenderPng(SampleLetters.Short, new RenderOptions { FontId = "caveat", Seed = 6 }, 0, Dpi, other);

        using var first = SKBitmap.Decode(output.ToArray());
        using var second = SKBitmap.Decode(other.ToArray());
        Assert.That(MeanDifference(first, second), Is.GreaterThan(Tolerance), "another seed must count as another look");
    }

    private static double MeanDifference(SKBitmap a, SKBitmap b)
    {
        long sum = 0;
        for (int y = 0; y < a.Height; y++)
        for (int x = 0; x < a.Width; x++)
        {
            var (p, q) = (a.GetPixel(x, y), b.GetPixel(x, y));
            sum += Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue);
        }
        return sum / (3.0 * a.Width * a.Height);
    }

    private static string ReferencesDirectory([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "References");
}
