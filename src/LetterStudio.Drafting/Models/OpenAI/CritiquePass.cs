using System.Text;
using LetterStudio.Drafting.Anecdotes;
using LetterStudio.Drafting.Checks;
using LetterStudio.Drafting.Prompts;
using LetterStudio.Drafting.Templates;
using LetterStudio.Drafting.Voice;

namespace LetterStudio.Drafting.Models.OpenAI;

/// <summary>
/// The follow-up turns of the critique-and-revise pass: after its draft, the model is asked to judge it against the
/// same checks the studio runs (with what the studio's own check already found), then to write it again. The draft's
/// conversation is kept, so the rules and the client's file are not restated and the server can reuse the prefix.
/// </summary>
internal static class CritiquePass
{
    /// <summary>The whole answer when the critique finds nothing; the revision is then skipped.</summary>
    public const string NoProblems = "No problems.";

    public static string Request(DraftPrompt prompt, LetterDraft draft, IReadOnlyList<StyleFinding> checks)
    {
        var model = prompt.Model;
        var words = draft.Paragraphs.Sum(Words.Count);
        var occasion = OccasionMood.IsCelebratory(model.Template.Key)
            ? "a death or an illness the client did not ask to mention (this is a celebration)"
            : !OccasionMood.AllowsHumour(model.Template.Key) ? "any joke or playfulness (this occasion takes none)" : "anything that does not suit the occasion";
        var found = new StringBuilder();
        foreach (var f in checks) found.Append($"\n{f.Severity.ToString().ToLowerInvariant()} ({f.Rule}): {Quoting.Quote(f.Message)}");
        return $"""
            Before the studio's writer sees it, critique the draft you just wrote against the studio's checks, one by one:
            1. Must say: is every "must say" point of the client's file said plainly enough that the client would recognise it?
            2. Must not say: does anything of a "must not say" point or the "leave unsaid" note appear, even as a hint?
            3. Persons: is only the recipient addressed as "you"? Does everyone else in an anecdote keep their name and pronouns, and is anyone who has died kept in the past tense and the third person?
            4. Names and facts: does the draft name anyone, or tell any fact, that the client's file does not?
            5. Clichés: does it use a phrase from the list of clichés and machine-sounding phrases, or anything like one?
            6. The occasion: does it contain {occasion}?
            7. Length: the body has {words} words; the target is about {model.Template.TargetWords}.
            8. Voice: do two sentences open with the same words, or does a passage read like a greeting card rather than the client?
            The studio's automatic check of the draft found the following, quoted between the markers (nothing, when empty):
            {Quoting.DataOpen}{found}
            {Quoting.DataClose}
            Answer with a numbered list of the problems, each with its fix in a few words. If there are none, answer exactly "{NoProblems}"
            """;
    }

    public static string Revise(string format) =>
        "Now write the letter again with every problem on your list fixed, keeping what was good in the draft. The rules of the first message still hold.\n\n" + format;

    /// <summary>A critique with nothing to fix: "No problems." alone, whatever its case or full stop.</summary>
    public static bool FoundNothing(string critique) =>
        critique.Trim().TrimEnd('.').Equals(NoProblems.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
}
