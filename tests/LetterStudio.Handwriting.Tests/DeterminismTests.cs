namespace LetterStudio.Handwriting.Tests;

public class DeterminismTests
{
    private static readonly RenderOptions Options = new() { FontId = "kristi", Seed = 42 };

    [Test]
    public void The_same_letter_and_seed_give_byte_identical_pdfs()
    {
        var first = SampleLetters.Pdf(SampleLetters.Short, Options);
        var second = SampleLetters.Pdf(SampleLetters.Short, Options);

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Another_seed_gives_another_hand()
    {
        var first = TestFonts.Renderer.Measure(SampleLetters.Short, Options);
        var second = TestFonts.Renderer.Measure(SampleLetters.Short, Options with { Seed = 43 });

        Assert.That(SampleLetters.Pdf(SampleLetters.Short, Options), Is.Not.EqualTo(SampleLetters.Pdf(SampleLetters.Short, Options with { Seed = 43 })));
        var moved = first.Lines.SelectMany(l => l.Runs).Zip(second.Lines.SelectMany(l => l.Runs))
            .Count(p => p.First.OriginX != p.Second.OriginX || p.First.OriginY != p.Second.OriginY);
        Assert.That(moved, Is.GreaterThan(first.Lines.Sum(l => l.Runs.Count) / 2), "most words should sit elsewhere");
    }

    [Test]
    public void Realism_zero_ignores_the_seed()
    {
        var clean = Options with { Realism = 0 };

        Assert.That(SampleLetters.Pdf(SampleLetters.Short, clean), Is.EqualTo(SampleLetters.Pdf(SampleLetters.Short, clean with { Seed = 999 })));
    }

    [Test]
    public void Rendering_the_same_letter_on_many_threads_at_once_gives_identical_bytes()
    {
        var letter = SampleLetters.Long(4) with { Postscript = "P.S. Ça va? Łukasz says hello." };
        var expected = SampleLetters.Pdf(letter, Options);
        var results = new byte[16][];

        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => results[i] = SampleLetters.Pdf(letter, Options));

        Assert.That(results, Has.All.EqualTo(expected));
    }
}
