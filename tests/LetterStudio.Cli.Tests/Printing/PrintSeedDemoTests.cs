using System.Globalization;
using System.Text.RegularExpressions;

namespace LetterStudio.Cli.Tests.Printing;

/// <summary>`letterstudio print seed-demo`: the benchmark's letters, and the engine's pages/s measured while making them.</summary>
public partial class PrintSeedDemoTests
{
    private CliSession cli = null!;

    [OneTimeSetUp]
    public async Task Seed() => cli = await CliSession.SeededAsync();

    [OneTimeTearDown]
    public void Clean() => cli.Dispose();

    [GeneratedRegex(@"engine: (\d+) distinct letter\(s\), (\d+) page\(s\) rendered in ([\d.]+) s = (\d+) pages/s")]
    private static partial Regex EngineLine();

    [Test]
    public async Task Seeding_with_variants_renders_that_many_different_letters_per_look_and_reports_the_engines_rate()
    {
        var seeded = await cli.RunAsync("print", "seed-demo", "--count", "12", "--variants", "2");
        var plan = await cli.RunAsync("print", "plan");

        Assert.That(seeded.ExitCode, Is.Zero, seeded.ToString());
        Assert.That(seeded.Stdout, Does.Contain("12 rendered letter(s) waiting to print."));
        var engine = EngineLine().Match(seeded.Stdout);
        Assert.That(engine.Success, Is.True, seeded.Stdout);
        // Three looks (each with its own length) times two variants: six letters rendered, 1 + 2 + 3 pages each look, twice.
        Assert.That(int.Parse(engine.Groups[1].Value, CultureInfo.InvariantCulture), Is.EqualTo(6));
        Assert.That(int.Parse(engine.Groups[2].Value, CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(6 * 1).And.LessThanOrEqualTo(2 * (1 + 2 + 3) + 6));
        Assert.That(int.Parse(engine.Groups[4].Value, CultureInfo.InvariantCulture), Is.GreaterThan(0));
        Assert.That(plan.ExitCode, Is.Zero, plan.ToString());
        Assert.That(plan.Stdout, Does.Contain("12 letter(s) waiting in 3 group(s)."));
    }

    [Test]
    public async Task Variants_out_of_range_are_refused_naming_the_option()
    {
        var result = await cli.RunAsync("print", "seed-demo", "--count", "3", "--variants", "0");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Stderr, Does.Contain("--variants must be between 1 and 1000"));
    }
}
