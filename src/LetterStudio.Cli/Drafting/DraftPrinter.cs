using LetterStudio.Application.Letters;
using LetterStudio.Domain.Orders;
using LetterStudio.Drafting.Checks;
using LetterStudio.Drafting.Models.Offline;

namespace LetterStudio.Cli.Drafting;

/// <summary>Prints a drafting run: which model, what was left out, then each stored revision with its checks.</summary>
internal static class DraftPrinter
{
    public static void Print(DraftResult result, TextWriter output)
    {
        var source = result.ModelName == OfflineComposer.ComposerName ? $"{result.ModelName} (template-based, no language model)" : result.ModelName;
        output.WriteLine($"Order {result.OrderId} drafted by {source}; the order is {OrderStatusWords.WithCode(result.OrderStatus)}.");
        if (result.ModelNotice is not null) output.WriteLine($"Note: {result.ModelNotice}");
        if (result.Usage.Total > 0) output.WriteLine($"Tokens: {result.Usage}.");
        output.WriteLine($"Prompt: {result.Prompt.Tokens:N0} tokens, {result.Prompt.AnecdoteIds.Count} anecdote(s), fingerprint {result.Prompt.Rendered.Fingerprint[..12]}.");
        foreach (var omission in result.Prompt.Omissions) output.WriteLine($"Left out: {omission}");
        foreach (var revision in result.Revisions)
        {
            var current = revision == result.Current ? ", current" : "";
            var of = result.Revisions.Count > 1 ? $", candidate {revision.Candidate} of {result.Revisions.Count}" : "";
            output.WriteLine();
            output.WriteLine($"--- revision {revision.Number}{of}{current} ---");
            output.WriteLine(revision.Text);
            output.WriteLine($"--- {Summary(revision.Checks)} ---");
            foreach (var f in revision.Checks.Findings)
                output.WriteLine($"  {f.Severity.ToString().ToLowerInvariant()} {f.Rule} at {f.Where}: {f.Message}");
        }
    }

    private static string Summary(StyleReport checks)
    {
        var m = checks.Measures;
        var verdict = checks.Findings.Count == 0 ? "checks passed" : checks.Passed ? $"checks passed with {checks.Findings.Count} warning(s)" : $"checks failed: {checks.Findings.Count} finding(s)";
        return $"{verdict}; {m.Words} words ({m.MinWords}-{m.MaxWords}), {m.AverageSentenceWords} words a sentence, formality {m.Formality} of 5";
    }
}
