using System.Text.RegularExpressions;
using LetterStudio.Domain.Styles;
using LetterStudio.Drafting.Anecdotes;
using LetterStudio.Drafting.Prompts;
using LetterStudio.Drafting.Templates;

namespace LetterStudio.Drafting.Checks;

/// <summary>
/// Checks a letter's text against its template and the client's profile. Runs on every draft and every edit; each
/// finding names its rule and where it is. Text-only, so it judges a writer's edit the same way as a model's draft.
/// </summary>
public static partial class StyleChecker
{
    /// <summary>How far the estimated formality may drift from the profile's before it is worth a warning.</summary>
    private const double FormalityTolerance = 1.5;

    /// <summary>A pinned anecdote counts as told when this share of its opening content words is in the letter.</summary>
    private const double AnecdoteWordShare = 0.5;

    /// <summary>Instruction text copied into the letter is recognised by any run of this many words.</summary>
    private const int LeakRun = 8;

    private static readonly string[] LeakPhrases =
    [
        Quoting.DataOpen, Quoting.DataClose, "as an ai", "language model", "ghostwriter", "the client's file", "quoted json",
        "system prompt", "previous instructions", "here is the letter", "here is your letter", "here's your letter", "the user message",
    ];

    public static StyleReport Check(string text, DraftPrompt prompt) => Check(text, prompt.Model, prompt.Rendered.Instructions);

    public static StyleReport Check(string text, LetterPromptModel model, string? instructions)
    {
        var findings = new List<StyleFinding>();
        var layout = LetterLayout.Of(text);
        var body = layout.Body(text);
        var whole = TextLocation.Of(text, 0, text.Length);
        var bodySpan = TextLocation.Of(text, layout.BodyStart, layout.BodyEnd - layout.BodyStart);
        var profile = model.Profile;

        var words = Words.Count(text);
        if (words < model.Template.MinWords || words > model.Template.MaxWords)
            findings.Add(new(StyleRules.Length, FindingSeverity.Warning,
                $"The letter has {words} words; a {model.Template.Key} letter has {model.Template.MinWords} to {model.Template.MaxWords}.", whole));

        CheckFrame(text, layout, model, findings);
        CheckPhrases(text, profile.WordsToAvoid, findings);
        CheckPinned(text, model, findings, bodySpan);
        CheckPlaceholders(text, findings);
        CheckLeaks(text, instructions, findings);
        ContentChecks.Run(text, layout, model, findings);

        var sentences = TextMeasures.Sentences(body, layout.BodyStart);
        var average = TextMeasures.AverageSentenceWords(sentences);
        var (low, high) = profile.SentenceLength switch
        {
            SentenceLength.Short => (0, 14),
            SentenceLength.Medium => (9, 22),
            _ => (14, int.MaxValue),
        };
        if (sentences.Count > 0 && (average < low || average > high))
        {
            var telling = average > high ? sentences.MaxBy(s => Words.Count(s.Text)) : sentences.MinBy(s => Words.Count(s.Text));
            findings.Add(new(StyleRules.SentenceLength, FindingSeverity.Warning,
                $"Sentences average {average} words; the client writes {profile.SentenceLength.ToString().ToLowerInvariant()} ones ({low} to {(high == int.MaxValue ? "any" : high)}). The most telling one starts at {TextLocation.Of(text, telling.Offset, 0)}.",
                TextLocation.Of(text, telling.Offset, telling.Text.Length)));
        }

        var formality = TextMeasures.Formality(body, sentences.Count);
        if (Math.Abs(formality - profile.Formality) > FormalityTolerance)
            findings.Add(new(StyleRules.Formality, FindingSeverity.Warning,
                $"The letter reads at formality {formality} of 5; the client writes at {profile.Formality}.", bodySpan));

        return new StyleReport(findings, new LetterMeasures(words, model.Template.MinWords, model.Template.MaxWords, average, formality));
    }

    private static void CheckFrame(string text, LetterLayout layout, LetterPromptModel model, List<StyleFinding> findings)
    {
        // The frame is per recipient and occasion; the greeting may use any name the recipient goes by.
        var frame = model.Frame;
        var names = model.RecipientNames.Select(Regex.Escape);
        var pattern = Regex.Escape(frame.Salutation.Trim());
        var at = frame.AddressName.Length > 0 ? pattern.IndexOf(Regex.Escape(frame.AddressName), StringComparison.Ordinal) : -1;
        if (at >= 0) pattern = pattern[..at] + $"({string.Join('|', names)})" + pattern[(at + Regex.Escape(frame.AddressName).Length)..];
        var salutation = new Regex("^" + pattern + "$", RegexOptions.IgnoreCase);
        Expect(StyleRules.Salutation, layout.Salutation, l => salutation.IsMatch(l.Text), $"The letter should open with \"{model.ExpectedSalutation}\"");
        Expect(StyleRules.SignOff, layout.SignOff, l => Same(l.Text, frame.SignOff), $"The sign-off should be \"{frame.SignOff}\"");
        Expect(StyleRules.Signature, layout.Signature, l => Same(l.Text, frame.Signature), $"The letter should be signed \"{frame.Signature}\"");

        void Expect(string rule, Line? line, Func<Line, bool> ok, string want)
        {
            if (line is not null && ok(line)) return;
            var where = line is null ? TextLocation.Of(text, text.Length, 0) : TextLocation.Of(text, line.Offset, line.Text.Length);
            findings.Add(new(rule, FindingSeverity.Error, line is null ? $"{want}; the line is missing." : $"{want}, not \"{line.Text}\".", where));
        }
    }

    private static bool Same(string a, string b) =>
        string.Equals(a.Trim().TrimEnd(',', '.'), b.Trim().TrimEnd(',', '.'), StringComparison.OrdinalIgnoreCase);

    private static void CheckPhrases(string text, IEnumerable<string> avoid, List<StyleFinding> findings)
    {
        foreach (var phrase in avoid)
            foreach (Match m in Regex.Matches(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(phrase)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase))
                findings.Add(new(StyleRules.AvoidedPhrase, FindingSeverity.Error, $"\"{m.Value}\" is on the client's list of words to avoid.", TextLocation.Of(text, m.Index, m.Length)));
    }

    private static void CheckPinned(string text, LetterPromptModel model, List<StyleFinding> findings, TextLocation body)
    {
        var names = new[] { model.RecipientName, model.RecipientCalledBy, model.PetName ?? "" }.SelectMany(Words.Content).ToHashSet();
        var letterWords = Words.Content(text).ToHashSet();
        foreach (var a in model.Anecdotes.Where(a => a.Pinned))
        {
            var opening = Words.Content(a.Text).Where(w => !names.Contains(w)).Distinct().Take(24).ToList();
            if (opening.Count == 0 || opening.Count(letterWords.Contains) >= AnecdoteWordShare * opening.Count) continue;
            var start = a.Text.Length <= 40 ? a.Text : a.Text[..40] + "…";
            findings.Add(new(StyleRules.PinnedAnecdote, FindingSeverity.Error, $"Pinned anecdote {a.Id} (\"{start}\") is not in the letter.", body));
        }
    }

    private static void CheckPlaceholders(string text, List<StyleFinding> findings)
    {
        foreach (Match m in Placeholder().Matches(text))
            findings.Add(new(StyleRules.Placeholder, FindingSeverity.Error, $"\"{m.Value}\" looks like a placeholder or template syntax left in the text.", TextLocation.Of(text, m.Index, m.Length)));
    }

    private static void CheckLeaks(string text, string? instructions, List<StyleFinding> findings)
    {
        foreach (var phrase in LeakPhrases)
            for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + phrase.Length, StringComparison.OrdinalIgnoreCase))
                findings.Add(new(StyleRules.InstructionLeak, FindingSeverity.Error, $"\"{text.Substring(at, phrase.Length)}\" belongs to the drafting instructions, not the letter.", TextLocation.Of(text, at, phrase.Length)));
        if (instructions is null) return;

        var runs = Runs(WordMatches(instructions).Select(m => m.Value.ToLowerInvariant()).ToList()).ToHashSet();
        var letter = WordMatches(text).ToList();
        for (var i = 0; i + LeakRun <= letter.Count; i++)
        {
            if (!runs.Contains(string.Join(' ', letter.Skip(i).Take(LeakRun).Select(m => m.Value.ToLowerInvariant())))) continue;
            var end = letter[i + LeakRun - 1];
            findings.Add(new(StyleRules.InstructionLeak, FindingSeverity.Error, "This passage repeats the drafting instructions word for word.",
                TextLocation.Of(text, letter[i].Index, end.Index + end.Length - letter[i].Index)));
            return;
        }
    }

    private static IEnumerable<string> Runs(List<string> words)
    {
        for (var i = 0; i + LeakRun <= words.Count; i++) yield return string.Join(' ', words.Skip(i).Take(LeakRun));
    }

    private static IEnumerable<Match> WordMatches(string text) => WordToken().Matches(text);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordToken();

    [GeneratedRegex(@"\{\{?[^{}\n]{0,40}\}\}?|\[(?:[A-Z][A-Za-z ]{1,40}|insert[^\]]{0,40}|\.\.\.)\]|@(?:Model|code|if|foreach|\()|<\/?[a-zA-Z][^>\n]{0,60}>|\\u[0-9a-fA-F]{4}|(?-i:\b(?:TODO|TBD|FIXME)\b)|lorem ipsum", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();
}
