using System.Globalization;
using LetterStudio.Inspection;

namespace LetterStudio.Cli.Inspection;

/// <summary>The tells report as plain tables: each tell against its threshold, the figures per page, then where the failing tells show.</summary>
internal static class ReportPrinter
{
    public static void Print(InspectionReport report, string name, TextWriter output)
    {
        var failing = report.Failing.ToList();
        output.WriteLine(failing.Count == 0
            ? $"{name}: no robot tells ({report.Pages.Count} page(s), {report.Total.Words} words)."
            : $"{name}: {failing.Count} robot tell(s) over the threshold ({report.Pages.Count} page(s), {report.Total.Words} words).");
        output.WriteLine();

        output.WriteLine($"{"TELL",-52} {"VALUE",8} {"TELL IF",9}  RESULT");
        foreach (var tell in report.Tells)
            output.WriteLine($"{tell.Name,-52} {Value(tell.Value),8} {tell.Rule,9}  {(tell.Fails ? "FAIL" : "pass")}");
        output.WriteLine();

        output.WriteLine($"{"PAGE",-6} {"WORDS",5} {"DOUBLED",9} {"REPEATED",9} {"RIGID",11} {"GAP MIN",8} {"GAP MED",8} {"TOUCH",5} {"STEPS",5} {"FALLBACK",8} {"FULL",5}");
        foreach (var page in report.Pages)
            output.WriteLine(Row(page.Page.ToString(CultureInfo.InvariantCulture), page.Figures, Invariant($"{page.Fullness:0.00}")));
        output.WriteLine(Row("total", report.Total, ""));
        if (report.Total.FallbackGlyphs.Count > 0)
            output.WriteLine("Fallback glyphs: " + string.Join(", ", report.Total.FallbackGlyphs.Select(f => $"{f.Key} x{f.Value}")));

        foreach (var tell in failing)
        {
            output.WriteLine();
            output.WriteLine($"{tell.Name}: {tell.ExampleCount} place(s){(tell.ExampleCount > tell.Examples.Count ? $", the first {tell.Examples.Count}" : "")}");
            foreach (var e in tell.Examples)
                output.WriteLine(Invariant($"  page {e.Page}, x {e.X,6:0.0} y {e.Y,6:0.0} pt  {Quote(e.Word),-20} {e.Detail}"));
        }
    }

    private static string Row(string page, TellFigures f, string full) =>
        Invariant($"{page,-6} {f.Words,5} {$"{f.DoubledLettersIdentical}/{f.DoubledLetters}",9} {$"{f.RepeatedWordsIdentical}/{f.RepeatedWords}",9} ") +
        Invariant($"{$"{f.RigidWords}/{f.LongWords}",7} {f.RigidFraction * 100,3:0}% {Em(f.MinWordGapEm),8} {Em(f.MedianWordGapEm),8} {f.TouchingPairs,5} {f.InkSteps,5} ") +
        Invariant($"{$"{f.FallbackTellGlyphs}/{f.FallbackGlyphs.Values.Sum()}",8} {full,5}");

    private static string Quote(string word) => word.Length == 0 ? "" : $"\"{word}\"";

    private static string Em(double? value) => value is { } v ? Invariant($"{v:0.000}") : "-";

    private static string Value(double? value) => value is { } v ? Invariant($"{v:0.###}") : "-";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
