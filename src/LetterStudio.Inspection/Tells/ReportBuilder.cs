using System.Globalization;
using LetterStudio.Inspection.Words;

namespace LetterStudio.Inspection.Tells;

/// <summary>Turns the findings into figures and judged tells with examples.</summary>
internal static class ReportBuilder
{
    /// <summary>Examples kept per tell: enough to find the pattern on the page, few enough to read.</summary>
    private const int MaxExamples = 20;

    public static InspectionReport Build(Findings findings, IReadOnlyList<(int Page, double Top, double Fullness)> pages, TellThresholds t)
    {
        var tops = pages.ToDictionary(p => p.Page, p => p.Top);
        var pageFigures = pages.Select(p => new PageFigures(p.Page, p.Fullness, p.Page == pages[^1].Page,
            Figures(findings.OnPage(p.Page), t))).ToList();
        var total = Figures(findings, t);

        TellExample At(InkWord word, string detail) => new(word.Page, word.Text,
            Round(word.Glyphs[0].OriginX), Round(tops[word.Page] - word.Glyphs[0].OriginY), detail);

        var doubles = findings.Doubles.Where(d => d.Identical).ToList();
        var repeats = findings.Repeats.Where(r => r.Identical).ToList();
        var rigid = findings.LongWords.Where(l => l.Rigid).ToList();
        var touching = findings.Pairs.Where(p => p.Touching).ToList();
        var steps = findings.Pairs.Where(p => p.Step).ToList();
        var fallbacks = findings.Fallbacks.Where(g => t.IsFallbackTell(g.Text)).ToList();
        var shortPages = pageFigures.Where(p => !p.IsLast && p.Fullness < t.MinPageFullness).ToList();
        double? lowestFullness = pageFigures.Where(p => !p.IsLast).Select(p => (double?)p.Fullness).Min();

        TellResult[] tells =
        [
            Count("doubled-letters", "Doubled letters drawn identically", doubles.Count, t.MaxIdenticalDoubledLetters,
                doubles.Select(d => At(d.Word, $"\"{d.First.Text}{d.Second.Text}\" drawn twice with glyph {Form(d.First)}"))),
            Count("repeated-words", "Words written again with the same forms", repeats.Count, t.MaxIdenticalRepeatedWords,
                repeats.Select(r => At(r.Word, $"same glyphs as on page {r.Earlier.Page}, line {r.Earlier.Line + 1}"))),
            new("rigid-words", $"Rigid words ({t.RigidWordMinLetters}+ letters on one straight line)", total.RigidFraction,
                t.MaxRigidFraction, Invariant($">= {t.MaxRigidFraction:0.##}"),
                total.LongWords > 0 && total.RigidFraction >= t.MaxRigidFraction,
                Examples(total.LongWords > 0 && total.RigidFraction >= t.MaxRigidFraction,
                    rigid.Select(l => At(l.Word, Invariant($"origins within {l.DeviationEm:0.000} em of a line")))), rigid.Count),
            Count("touching-words", Invariant($"Touching words (ink gap under {t.TouchingGapEm:0.##} em)"), touching.Count, t.MaxTouchingPairs,
                touching.Select(p => At(p.Left, Invariant($"{p.GapEm:0.000} em to \"{p.Right.Text}\"")))),
            Count("ink-steps", Invariant($"Ink steps between neighbours (delta E over {t.InkStepDeltaE:0.#})"), steps.Count, t.MaxInkSteps,
                steps.Select(p => At(p.Left, Invariant($"delta E {p.DeltaE:0.0} to \"{p.Right.Text}\"")))),
            Count("fallback-glyphs", "Typeset marks from the fallback font", fallbacks.Count, t.MaxFallbackTellGlyphs,
                fallbacks.Select(g => new TellExample(g.Page, g.Text, Round(g.OriginX), Round(tops[g.Page] - g.OriginY), $"drawn with {g.Font}"))),
            new("page-fullness", "Pages before the last left short", lowestFullness, t.MinPageFullness,
                Invariant($"< {t.MinPageFullness:0.##}"), shortPages.Count > 0,
                shortPages.Select(p => new TellExample(p.Page, "", 0, 0, Invariant($"page {p.Page} is {p.Fullness:P0} full"))).ToList(),
                shortPages.Count),
        ];
        return new InspectionReport(pageFigures, total, tells, t);
    }

    private static TellResult Count(string id, string name, int count, int allowed, IEnumerable<TellExample> examples)
    {
        bool fails = count > allowed;
        return new TellResult(id, name, count, allowed, Invariant($"> {allowed}"), fails, Examples(fails, examples), count);
    }

    private static List<TellExample> Examples(bool fails, IEnumerable<TellExample> examples) =>
        fails ? examples.Take(MaxExamples).ToList() : [];

    private static TellFigures Figures(Findings f, TellThresholds t)
    {
        var gaps = f.Pairs.Select(p => p.GapEm).Order().ToList();
        return new TellFigures
        {
            Words = f.Words.Count,
            DoubledLetters = f.Doubles.Count,
            DoubledLettersIdentical = f.Doubles.Count(d => d.Identical),
            RepeatedWords = f.Repeats.Count,
            RepeatedWordsIdentical = f.Repeats.Count(r => r.Identical),
            LongWords = f.LongWords.Count,
            RigidWords = f.LongWords.Count(l => l.Rigid),
            RigidFraction = f.LongWords.Count == 0 ? 0 : Math.Round((double)f.LongWords.Count(l => l.Rigid) / f.LongWords.Count, 4),
            WordGaps = gaps.Count,
            MinWordGapEm = gaps.Count == 0 ? null : Math.Round(gaps[0], 4),
            MedianWordGapEm = gaps.Count == 0 ? null : Math.Round(Median(gaps), 4),
            TouchingPairs = f.Pairs.Count(p => p.Touching),
            InkSteps = f.Pairs.Count(p => p.Step),
            MaxInkDeltaE = f.Pairs.Count == 0 ? null : Math.Round(f.Pairs.Max(p => p.DeltaE), 2),
            FallbackGlyphs = f.Fallbacks.GroupBy(g => g.Text).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count()),
            FallbackTellGlyphs = f.Fallbacks.Count(g => t.IsFallbackTell(g.Text)),
        };
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    private static string Form(Reading.InkGlyph g) => g.GlyphId is { } id ? id.ToString(CultureInfo.InvariantCulture) : "(same outline box)";

    private static double Round(double v) => Math.Round(v, 1);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
