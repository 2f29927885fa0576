using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LetterStudio.Drafting.Anecdotes;
using LetterStudio.Drafting.Briefs;
using LetterStudio.Drafting.Templates;
using LetterStudio.Drafting.Voice;

namespace LetterStudio.Drafting.Checks;

/// <summary>
/// The checks that read a letter's content, not its format: the brief's points said and the "leave unsaid" ones not,
/// names the dossier knows, the right person addressed as "you", no death or illness dropped into a celebration,
/// no cliché, no two sentences opening alike, no sentence copied from an earlier letter to the same person, no
/// character the hand cannot draw, and no instruction smuggled in through an anecdote.
/// </summary>
internal static partial class ContentChecks
{
    /// <summary>A point counts as said when this share of its words is in the letter.</summary>
    private const double PointShare = 0.6;

    /// <summary>A letter sentence tells an anecdote's sentence when it has this share of its content words.</summary>
    private const double RetoldShare = 0.7;

    /// <summary>A sentence shorter than this is too common to count as copied from an earlier letter.</summary>
    private const int CopiedSentenceWords = 6;

    private static readonly HashSet<string> AlwaysKnown = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "I'm", "I've", "I'll", "I'd", "Mum", "Mom", "Dad", "Mummy", "Daddy", "Grandma", "Grandpa", "Gran", "Granny", "Nan", "Grandad",
        "Mr", "Mrs", "Ms", "Dr", "God", "Christmas", "Easter", "New", "Year", "Year's", "English", "British", "American", "French", "OK", "P.S", "PS",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Happy", "Birthday", "Congratulations",
    };

    public static void Run(string text, LetterLayout layout, LetterPromptModel model, List<StyleFinding> findings)
    {
        var body = layout.Body(text);
        var offset = layout.BodyStart;
        var sentences = Sentences(body, offset);
        var letterWords = Words.Content(body).ToHashSet();
        var points = model.Points;

        foreach (var point in points.MustSay)
            if (!Said(point, letterWords, body))
                findings.Add(new(StyleRules.MustSay, FindingSeverity.Error, $"The brief asks for this, and the letter does not say it: \"{point.Text}\".", TextLocation.Of(text, offset, body.Length)));

        foreach (var point in points.MustNotSay)
            foreach (var s in sentences)
            {
                var words = Words.Content(s.Text).ToHashSet();
                if (point.Keys.Count(words.Contains) < Math.Min(point.Keys.Count, 2)) continue;
                findings.Add(new(StyleRules.MustNotSay, FindingSeverity.Error, $"The client asked to leave this unsaid: \"{point.Text}\".", TextLocation.Of(text, s.Offset, s.Text.Length)));
                break;
            }

        UnknownNames(text, body, offset, model, findings);
        EndearmentCheck.Run(text, offset, body, model, findings);
        WrongPerson(text, sentences, model, findings);
        Sensitive(text, body, offset, model, findings);

        foreach (var (cliche, m) in Cliches.Find(body))
            findings.Add(new(StyleRules.Cliche, FindingSeverity.Warning, $"\"{m.Value}\" is a {(cliche.Kind == "machine" ? "machine-sounding phrase" : "cliché")}: {cliche.Reason}.", TextLocation.Of(text, offset + m.Index, m.Length)));

        // The client's own sentences, retold from an anecdote, are theirs to begin as they like.
        var told = Normalise(string.Join(" ", model.Anecdotes.Select(a => a.Text)));
        RepeatedOpenings(text, [.. sentences.Where(s => !told.Contains(Normalise(s.Text).Replace("you", ""), StringComparison.Ordinal) && !TellsAnecdote(s.Text, model))], findings);
        CopiedFromEarlier(text, sentences, model, findings);
        Unwritable(text, findings);
        Injected(text, model, findings);
    }

    private static bool Said(MustSay point, HashSet<string> letterWords, string body)
    {
        if (point.Number is { } n && point.Kind == PointKind.Milestone)
            return Regex.IsMatch(body, $@"\b{n}(st|nd|rd|th)?\b") || body.Contains(Models.Offline.Numbers.Words(n), StringComparison.OrdinalIgnoreCase)
                || body.Contains(Models.Offline.Numbers.Ordinal(n), StringComparison.OrdinalIgnoreCase);
        if (point.Keys.Count == 0) return true;
        return point.Keys.Count(letterWords.Contains) >= Math.Max(1, PointShare * point.Keys.Count);
    }

    private static void UnknownNames(string text, string body, int offset, LetterPromptModel model, List<StyleFinding> findings)
    {
        var dossier = string.Join(" ", [model.CustomerName, model.RecipientName, model.RecipientCalledBy, model.PetName ?? "", model.Relationship,
            model.Brief, model.Avoid ?? "", model.Profile.SignatureName, .. model.Profile.WordsToUse, .. model.Anecdotes.Select(a => a.Text + " " + a.When),
            .. model.PastLetters.Select(l => l.Text), .. model.MergeFieldList.Select(f => f.Value)]);
        var known = NameWord().Matches(dossier).Select(m => m.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in NameWord().Matches(body))
        {
            if (!char.IsUpper(m.Value[0]) || AlwaysKnown.Contains(m.Value) || known.Contains(m.Value) || AtSentenceStart(body, m.Index)) continue;
            if (!reported.Add(m.Value)) continue;
            findings.Add(new(StyleRules.UnknownName, FindingSeverity.Error, $"\"{m.Value}\" is not a name the client's dossier knows; check it against the anecdotes and the brief.", TextLocation.Of(text, offset + m.Index, m.Length)));
        }
    }

    private static bool AtSentenceStart(string body, int index)
    {
        var i = index - 1;
        while (i >= 0 && (body[i] == ' ' || body[i] == '"' || body[i] == '“' || body[i] == '‘' || body[i] == '(')) i--;
        return i < 0 || body[i] is '.' or '!' or '?' or '\n' or ':' or '…';
    }

    private static void WrongPerson(string text, IReadOnlyList<(int Offset, string Text)> sentences, LetterPromptModel model, List<StyleFinding> findings)
    {
        foreach (var s in sentences)
            if (DeadYou().Match(s.Text) is { Success: true } m)
                findings.Add(new(StyleRules.WrongPerson, FindingSeverity.Error, $"\"{m.Value}\" tells the recipient of their own death: the anecdote is about someone else, and stays in the third person.", TextLocation.Of(text, s.Offset + m.Index, m.Length)));

        // A sentence of an anecdote about someone else (a grandmother, a late father) retold with "you" and without them.
        foreach (var a in model.Anecdotes.Where(a => a.OtherPeople.Count > 0))
            foreach (var told in AnecdoteReading.Sentences(a.Story))
            {
                var person = a.OtherPeople.FirstOrDefault(p => told.Contains(p, StringComparison.OrdinalIgnoreCase));
                if (person is null) continue;
                var personWords = Words.Content(person).ToHashSet();
                var keys = Words.Content(told).Where(w => !personWords.Contains(w)).Distinct().ToList();
                if (keys.Count < 3) continue;
                foreach (var s in sentences)
                {
                    var words = Words.Content(s.Text).ToHashSet();
                    if (keys.Count(words.Contains) < RetoldShare * keys.Count || !YouWord().IsMatch(s.Text) || personWords.Any(words.Contains)) continue;
                    findings.Add(new(StyleRules.WrongPerson, FindingSeverity.Error, $"This retells anecdote {a.Id}, which is about {person}, as if it were about the recipient.", TextLocation.Of(text, s.Offset, s.Text.Length)));
                    break;
                }
            }
    }

    private static void Sensitive(string text, string body, int offset, LetterPromptModel model, List<StyleFinding> findings)
    {
        if (!OccasionMood.IsCelebratory(model.Template.Key)) return;
        var asked = AnecdoteReading.SensitivityOf(model.Brief);
        foreach (var a in model.Anecdotes.Where(a => a.PickedByCustomer || a.Pinned)) asked |= a.Sensitivity;
        foreach (var sentence in Sentences(body, offset))
        {
            var found = AnecdoteReading.SensitivityOf(sentence.Text);
            if (found.HasFlag(Sensitivity.Death) && !asked.HasFlag(Sensitivity.Death))
                findings.Add(new(StyleRules.SensitiveTopic, FindingSeverity.Error, $"A death, in a {model.Template.Key} letter the client did not ask to mention it in.", TextLocation.Of(text, sentence.Offset, sentence.Text.Length)));
            else if (found.HasFlag(Sensitivity.Illness) && !asked.HasFlag(Sensitivity.Illness))
                findings.Add(new(StyleRules.SensitiveTopic, FindingSeverity.Warning, $"An illness, in a {model.Template.Key} letter the client did not ask to mention it in.", TextLocation.Of(text, sentence.Offset, sentence.Text.Length)));
        }
    }

    private static void RepeatedOpenings(string text, IReadOnlyList<(int Offset, string Text)> sentences, List<StyleFinding> findings)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in sentences)
        {
            var words = WordToken().Matches(s.Text).Take(2).Select(m => m.Value).ToList();
            if (words.Count < 2) continue;
            var opening = string.Join(' ', words);
            if (seen.TryAdd(opening, s.Offset)) continue;
            findings.Add(new(StyleRules.RepeatedOpening, FindingSeverity.Warning, $"Another sentence already opens with \"{opening}\" ({TextLocation.Of(text, seen[opening], 0)}); vary the openings.", TextLocation.Of(text, s.Offset, opening.Length)));
        }
    }

    private static bool SaysBriefPoint(string sentence, LetterPromptModel model)
    {
        var words = Words.Content(sentence).ToHashSet();
        return model.Points.MustSay.Any(p => p.Keys.Count > 0 && p.Keys.Count(words.Contains) >= 0.7 * p.Keys.Count);
    }

    private static bool TellsAnecdote(string sentence, LetterPromptModel model)
    {
        var words = Words.Content(sentence).ToList();
        if (words.Count < 3) return false;
        return model.Anecdotes.Any(a =>
        {
            var story = Words.Content(a.Text).ToHashSet();
            return words.Count(story.Contains) >= 0.7 * words.Count;
        });
    }

    private static void CopiedFromEarlier(string text, IReadOnlyList<(int Offset, string Text)> sentences, LetterPromptModel model, List<StyleFinding> findings)
    {
        if (model.PastLetters.Count == 0) return;
        var past = Normalise(string.Join(" ", model.PastLetters.Select(l => l.Text)));
        // The client's own material (a brief point, an anecdote told again) may recur; the studio's phrasing may not.
        var copied = sentences.Where(s => Words.Count(s.Text) >= CopiedSentenceWords && past.Contains(Normalise(s.Text), StringComparison.Ordinal)
            && !TellsAnecdote(s.Text, model) && !SaysBriefPoint(s.Text, model)).ToList();
        if (copied.Count == 0) return;
        var many = copied.Count >= 3 || copied.Count * 4 >= sentences.Count;
        foreach (var s in copied)
            findings.Add(new(StyleRules.CopiedFromEarlier, many ? FindingSeverity.Error : FindingSeverity.Warning,
                $"This sentence is word for word in an earlier letter to {model.RecipientCalledBy}{(many ? $" ({copied.Count} such sentences: the letter reads as a copy)" : "")}.", TextLocation.Of(text, s.Offset, s.Text.Length)));
    }

    /// <summary>Emoji and pictographs: no handwriting font draws them, so the writer hears of it while typing.</summary>
    private static void Unwritable(string text, List<StyleFinding> findings)
    {
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var element = (string)e.Current;
            var rune = Rune.GetRuneAt(element, 0);
            var category = Rune.GetUnicodeCategory(rune);
            if (rune.Value < 0x2000 || !(category is UnicodeCategory.OtherSymbol or UnicodeCategory.Surrogate || rune.Value >= 0x1F000 || element.Contains('\uFE0F'))) continue;
            findings.Add(new(StyleRules.Unwritable, FindingSeverity.Error, $"\"{element}\" cannot be written by hand in the chosen hand; use words instead.", TextLocation.Of(text, e.ElementIndex, element.Length)));
        }
    }

    private static void Injected(string text, LetterPromptModel model, List<StyleFinding> findings)
    {
        var letter = Normalise(text);
        foreach (var a in model.Anecdotes)
            foreach (var instruction in a.Instructions)
            {
                var n = Normalise(instruction);
                if (n.Split(' ').Length < 4 || !letter.Contains(n, StringComparison.Ordinal)) continue;
                findings.Add(new(StyleRules.InjectedInstruction, FindingSeverity.Error, $"The letter repeats an instruction written inside anecdote {a.Id}; it is not part of the story.", TextLocation.Of(text, 0, text.Length)));
            }
    }

    internal static IReadOnlyList<(int Offset, string Text)> Sentences(string body, int offset) => TextMeasures.Sentences(body, offset);

    private static string Normalise(string text) => string.Join(' ', WordToken().Matches(text.ToLowerInvariant()).Select(m => m.Value));

    [GeneratedRegex(@"\p{Lu}[\p{L}'’]*")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"[\p{L}\p{N}'’]+")]
    private static partial Regex WordToken();

    [GeneratedRegex(@"\byou\b", RegexOptions.IgnoreCase)]
    private static partial Regex YouWord();

    [GeneratedRegex(@"\byou\s+(died|passed away|passed on|were buried|are buried|were cremated)\b|\byour\s+(ashes|funeral|grave|burial|coffin)\b|\b(buried|scattered|mourned|cremated)\s+you\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeadYou();
}
