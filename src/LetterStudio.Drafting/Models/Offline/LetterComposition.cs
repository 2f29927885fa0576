using System.Text.RegularExpressions;
using LetterStudio.Drafting.Anecdotes;
using LetterStudio.Drafting.Briefs;
using LetterStudio.Drafting.Templates;
using LetterStudio.Drafting.Voice;

namespace LetterStudio.Drafting.Models.Offline;

/// <summary>
/// One run of the offline composer. The letter opens on the occasion's point (the milestone, the thanks, the apology,
/// the news from the brief), tells the chosen memories in varied shapes (one or two to a paragraph), says the rest of
/// the brief, and closes on the last move, all in the register of this recipient. Sentences come from the phrasebook
/// so that no two open alike and none repeats a sentence of an earlier letter to the same recipient; the variant
/// changes the opening, the order of the memories and the closing, so candidates really differ.
/// </summary>
internal sealed partial class LetterComposition
{
    /// <summary>Longest retelling of one anecdote; a long memory is cut at a sentence so the letter stays a letter.</summary>
    private const int AnecdoteWordCap = 60;

    /// <summary>Most memories one letter tells; more reads as a list.</summary>
    private const int MaxMemories = 4;

    private static readonly HashSet<string> EndearmentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "darling", "love", "dear", "sweetheart", "honey", "chère", "cher", "chéri", "chérie", "pet", "sweetie", "sweetpea",
    };

    /// <summary>Marks a sentence from the brief: shaped to the voice, but never joined onto another.</summary>
    private const char Alone = '\u0004';

    private readonly LetterPromptModel _model;
    private readonly int _variant;
    private readonly int _seed;
    private readonly RecipientFrame _frame;
    private readonly BriefPoints _points;
    private readonly Deceased? _deceased;

    /// <summary>The deceased's name was just said: the next phrase calls them "her" or "him", not the name again.</summary>
    private bool _nameJustSaid;
    private readonly bool _quiet;
    private readonly string _past;
    private readonly HashSet<string> _openings = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _usedPhrases = new(StringComparer.Ordinal);
    private readonly List<List<string>> _paragraphs = [];

    public LetterComposition(LetterPromptModel model, int variant)
    {
        _model = model;
        _variant = variant;
        // Stable per recipient and occasion (string.GetHashCode is randomised per process), so the same order drafts alike.
        _seed = (model.RecipientName + "|" + model.Template.Key).Aggregate(17, (h, c) => unchecked(h * 31 + c)) & 0x7fffffff;
        _frame = model.Frame;
        _points = model.Points;
        // Only a condolence is about someone who died; elsewhere a death in the file is not the letter's subject.
        _deceased = model.Template.Key == "condolence" ? Deceased.In([model.Brief, .. model.Anecdotes.Select(a => a.Story)]) : null;
        _quiet = !OccasionMood.AllowsHumour(model.Template.Key);
        _past = Normalise(string.Join(" ", model.PastLetters.Select(l => l.Text)));
        // The brief's sentences are said wherever they fall; the phrasebook's keep clear of how they open ("Thank you", "I keep").
        foreach (var say in _points.MustSay.Select(p => p.Say).OfType<string>())
        {
            _openings.Add(Opening(say));
            _openings.Add(Opening(VoiceShaping.Shape(say, model.Profile.Formality)));
        }
    }

    public LetterDraft Build()
    {
        var moves = _model.Template.Moves;
        var memoryAt = moves.ToList().FindIndex(m => m is Move.SharedMemory or Move.HonourTheirMemory);
        var says = _points.MustSay.Where(p => p.Say is not null).ToList();

        for (var i = 0; i < moves.Count; i++)
        {
            var move = moves[i];
            if (i == 0) Opening(move, says);
            else if (i == memoryAt) Memories(move);
            else if (i == moves.Count - 1) Closing(move, says);
            else Middle(move, says, i == memoryAt + 1);
        }
        Pad();
        WeaveFavouriteWords();
        var paragraphs = _paragraphs.Where(p => p.Count > 0).Select(Shape).ToList();
        return LetterDraft.Create(_frame.Salutation, paragraphs, _frame.SignOff, _frame.Signature);
    }

    private void Opening(Move move, List<MustSay> says)
    {
        var p = NewParagraph();
        var facts = Take(says, PointKind.Fact).Select(f => Alone + f.Say!).ToList();
        var own = move switch { Move.Thanks => PointKind.Thanks, Move.OwnTheWrong => PointKind.Apology, Move.Congratulate => PointKind.Congratulation, _ => (PointKind?)null };
        var owned = own is { } kind ? Take(says, kind).Select(point => Alone + point.Say!).ToList() : [];
        var opener = Opener(move);
        // Each candidate opens its own way: with the news, with the occasion's own words, or with the point itself.
        // A condolence always opens on the news: "You have been in my mind every day since" needs something to be since.
        if (move == Move.Sympathy && _variant % 3 != 0) AddFrom(p, MovePhrasebook.SympathyOpeners, _variant % 3 - 1 - _seed - _variant);
        switch (move == Move.Sympathy ? 0 : _variant % 3)
        {
            case 0:
                facts.ForEach(f => Add(p, f));
                if (opener is not null) Add(p, opener);
                owned.ForEach(o => Add(p, o));
                break;
            case 1:
                if (opener is not null) Add(p, opener);
                else Fill(p, move, 1);
                owned.ForEach(o => Add(p, o));
                facts.ForEach(f => Add(p, f));
                break;
            default:
                // With no news to lead, the third candidate opens on one of the move's own sentences (not the second's).
                if (facts.Count == 0 && opener is null) Fill(p, move, 1);
                owned.ForEach(o => Add(p, o));
                if (opener is not null) Add(p, opener);
                else Fill(p, move, p.Count + 1);
                facts.ForEach(f => Add(p, f));
                break;
        }
        Fill(p, move, Math.Max(3, p.Count + 1));
    }

    private void Middle(Move move, List<MustSay> says, bool afterMemories)
    {
        var p = NewParagraph();
        if (afterMemories) SayRest(p, says);
        Fill(p, move, p.Count + 2);
        if (afterMemories && !_quiet && _model.Profile.Humour != Domain.Styles.Humour.None && OccasionMood.IsCelebratory(_model.Template.Key))
            AddFrom(p, MovePhrasebook.Humour);
    }

    private void Closing(Move move, List<MustSay> says)
    {
        var p = NewParagraph();
        SayRest(p, says);
        var warm = _model.Profile.Warmth >= 4 && !_quiet;
        // Candidates end differently: the second says its love before the wishes rather than after them.
        if (warm && _variant % 3 == 1) AddFrom(p, MovePhrasebook.Warmth);
        Fill(p, move, p.Count + 2);
        if (warm && _variant % 3 != 1) AddFrom(p, MovePhrasebook.Warmth);
    }

    /// <summary>The brief's points not said yet; a "mention" the memories already made is not said twice.</summary>
    private void SayRest(List<string> p, List<MustSay> says)
    {
        foreach (var point in says.ToList())
        {
            says.Remove(point);
            if (point.Kind == PointKind.Mention && Covered(point)) continue;
            Add(p, Alone + point.Say!);
        }
    }

    private bool Covered(MustSay point)
    {
        var letter = Words.Content(string.Join(" ", _paragraphs.SelectMany(x => x))).ToHashSet();
        return point.Keys.Count > 0 && point.Keys.Count(letter.Contains) >= 0.6 * point.Keys.Count;
    }

    private static IEnumerable<MustSay> Take(List<MustSay> says, PointKind kind)
    {
        var taken = says.Where(s => s.Kind == kind).ToList();
        foreach (var t in taken) says.Remove(t);
        return taken;
    }

    /// <summary>The first sentence of the letter, from the occasion and the brief's milestone; null when the move's own sentences open it.</summary>
    private string? Opener(Move move)
    {
        var milestone = _points.MustSay.FirstOrDefault(p => p.Kind == PointKind.Milestone)?.Number;
        string[] options = (move, milestone) switch
        {
            (Move.Celebrate, { } n) => [$"Happy {Numbers.Ordinal(n)} birthday, {{name}}!", $"{Numbers.Capital(Numbers.Words(n))} years, {{name}}, and every one of them worth celebrating.", $"Happy birthday, {{name}}: {Numbers.Words(n)} today!"],
            (Move.Celebrate, null) => ["Happy birthday, {name}!", "Many happy returns of the day, {name}.", "Another year of you, {name}, and I am glad of every one."],
            (Move.RecallBeginning, { } n) => [$"{Numbers.Capital(Numbers.Words(n))} years, {{name}}.", $"Happy {Numbers.Ordinal(n)} anniversary, {{name}}.", $"{Numbers.Capital(Numbers.Words(n))} years married, and I would do every one of them again."],
            (Move.RecallBeginning, null) => ["Happy anniversary, {name}.", "Another year together, {name}.", "Here we are again, {name}, another year on."],
            (Move.Congratulate, { } n) => [$"Congratulations, {{name}}: {Numbers.Words(n)} years!", $"{Numbers.Capital(Numbers.Words(n))} years, {{name}}: congratulations.", $"Congratulations on {Numbers.Words(n)} years, {{name}}."],
            (Move.Congratulate, null) => ["Congratulations, {name}!", "Congratulations, {name}. I could not be happier for you.", "What a thing to celebrate, {name}: congratulations."],
            (_, { } n) => [$"{Numbers.Capital(Numbers.Words(n))} years, {{name}}!"],
            _ => [],
        };
        return options.Length == 0 ? null : options[_variant % options.Length];
    }

    private void Memories(Move move)
    {
        var anecdotes = _model.Anecdotes.Take(MaxMemories).ToList();
        if (_variant % 2 == 1) anecdotes.Reverse();
        var stories = anecdotes.Select(a => (a.When, Story: Retold(a))).Where(s => s.Story.Length > 0).ToList();
        var p = NewParagraph();
        // A memory of the person who died speaks for them first; the line that honours them follows it, saying "her".
        var aboutDeceased = _deceased is { } dead && stories.Any(st => st.Story.Contains(dead.Name, StringComparison.Ordinal));
        if (move == Move.HonourTheirMemory && !aboutDeceased) Fill(p, move, 1);
        if (stories.Count == 0)
        {
            if (move == Move.SharedMemory) AddFrom(p, [.. MovePhrasebook.NoMemory.Select(m => new Phrase(m))]);
            else Fill(p, move, 3);
            return;
        }
        // Two memories share a paragraph when there are three or more, so the letter does not read as a list.
        var pairs = stories.Count >= 3;
        var longSentences = _model.Profile.SentenceLength == Domain.Styles.SentenceLength.Long;
        for (var k = 0; k < stories.Count; k++)
        {
            if (k > 0 && (!pairs || k % 2 == 0)) p = NewParagraph();
            var (when, story) = stories[k];
            // A story that already says when ("ill for most of 2019", "the winter I couldn't sleep") needs no time of its own.
            if (when is not null && (story.Contains(when.Trim(), StringComparison.OrdinalIgnoreCase) || MemoryTelling.SaysWhen(story, when))) when = null;
            var tellings = when is null ? MemoryTelling.Undated(story) : MemoryTelling.Dated(TimePhrase.Of(when), story, longSentences);
            // The telling must not open like a sentence already in the letter, nor repeat an earlier letter's framing.
            var start = (_seed + _variant + k * 2) % tellings.Count;
            var told = Enumerable.Range(0, tellings.Count).Select(i => tellings[(start + i) % tellings.Count])
                .FirstOrDefault(t => !_openings.Contains(Opening(t.Text)) && !InPast(t.Frame), tellings[start]);
            foreach (var sentence in SplitSentences(told.Text)) Add(p, sentence, isClientText: true);
            if (!pairs || k % 2 == 1 || k == stories.Count - 1)
            {
                if (_deceased is { } d && story.Contains(d.Name, StringComparison.Ordinal) && !_usedPhrases.Contains(AllOver))
                {
                    _usedPhrases.Add(AllOver);
                    Add(p, AllOver.Replace("{deceased}", d.Name, StringComparison.Ordinal));
                    if (move == Move.HonourTheirMemory)
                    {
                        _nameJustSaid = true;
                        Fill(p, move, p.Count + 1);
                        _nameJustSaid = false;
                    }
                }
                else
                {
                    // "I would not swap that day" follows one day, not years of Sundays; "I think of it often" does not follow "I often think back".
                    var habitual = Habitual().IsMatch(story);
                    var thinking = told.Text.Contains(" think", StringComparison.Ordinal);
                    bool Suits(string r) => !(habitual && r.Contains(" day", StringComparison.Ordinal)) && !(thinking && r.Contains(" think", StringComparison.Ordinal));
                    if (_quiet) AddFrom(p, [.. MovePhrasebook.QuietReflections.Where(Suits).Select(r => new Phrase(r))], k);
                    else AddFrom(p, [.. MovePhrasebook.Reflections.Where(r => Suits(r.Text))], k);
                }
                // A writer of long sentences runs the reflection on from the story rather than setting it apart.
                if (longSentences && p.Count >= 2 && p[^2].StartsWith('\u0003') && p[^2].EndsWith('.') && !p[^1].StartsWith('\u0003')
                    && !p[^1].Contains(',') && !(p[^2].Contains(" think", StringComparison.Ordinal) && p[^1].Contains(" think", StringComparison.Ordinal)))
                {
                    var reflection = VoiceShaping.Shape(p[^1], _model.Profile.Formality);
                    p[^2] = p[^2][..^1] + ", and " + (reflection.StartsWith("I ", StringComparison.Ordinal) || reflection.StartsWith("I'", StringComparison.Ordinal) ? reflection : char.ToLowerInvariant(reflection[0]) + reflection[1..]);
                    p.RemoveAt(p.Count - 1);
                }
            }
        }
    }

    /// <summary>Said after a memory of the person who died: the memory is theirs, and the letter says so.</summary>
    private const string AllOver = "That was {deceased} all over.";

    private string Retold(PromptAnecdote a)
    {
        // Emoji stay out of a handwritten letter: no hand draws them (the check would stop the draft).
        var story = Regex.Replace(Regex.Replace(Emoji().Replace(a.Story, ""), @"\s+([.,!?;:])", "$1"), @"\s{2,}", " ").Trim();
        if (story.Length == 0) return "";
        return Cap(Retelling.ToSecondPerson(story, _model.RecipientNames, _model.Relationship));
    }

    /// <summary>Adds up to <paramref name="target"/> sentences of the move, each opening differently and new to this recipient.</summary>
    private void Fill(List<string> p, Move move, int target)
    {
        var pool = MovePhrasebook.For(move).Where(f => f.Fits(_frame.Register, _model.Template.Key)).ToList();
        if (pool.Count == 0) return;
        var start = (_seed + _variant * 2) % pool.Count;
        for (var i = 0; i < pool.Count && p.Count < target; i++)
            TryAdd(p, pool[(start + i) % pool.Count]);
    }

    private void AddFrom(List<string> p, IReadOnlyList<Phrase> pool, int offset = 0)
    {
        var fitting = pool.Where(f => f.Fits(_frame.Register, _model.Template.Key)).ToList();
        for (var i = 0; i < fitting.Count; i++)
            if (TryAdd(p, fitting[(_seed + _variant + offset + i) % fitting.Count])) return;
    }

    private bool InPast(string text) => Words.Count(text) >= 4 && _past.Contains(Normalise(text), StringComparison.Ordinal);

    private bool TryAdd(List<string> p, Phrase phrase)
    {
        if (phrase.Text.Contains("{deceased}", StringComparison.Ordinal) ? _deceased is null : _deceased is not null && MovePhrasebook.Unnamed.Contains(phrase.Text)) return false;
        var text = Named(phrase.Text);
        var shaped = VoiceShaping.Shape(text, _model.Profile.Formality);
        if (_usedPhrases.Contains(phrase.Text) || _openings.Contains(Opening(shaped)) || Avoided(shaped)) return false;
        if (Words.Count(shaped) >= 5 && _past.Contains(Normalise(shaped), StringComparison.Ordinal)) return false;
        _usedPhrases.Add(phrase.Text);
        Add(p, text);
        return true;
    }

    private void Add(List<string> p, string sentence, bool isClientText = false)
    {
        var text = isClientText ? sentence : Named(sentence.TrimStart(Alone));
        _openings.Add(Opening(text));
        _openings.Add(Opening(VoiceShaping.Shape(text, _model.Profile.Formality)));
        p.Add(isClientText ? "\u0003" + text : sentence.StartsWith(Alone) ? Alone + text : text);
    }

    private string Named(string text) => text.Replace("{name}", _frame.AddressName, StringComparison.Ordinal)
        .Replace("{deceased}", _deceased is null ? "them" : _nameJustSaid ? _deceased.Them : _deceased.Name, StringComparison.Ordinal)
        .Replace("{them}", _deceased?.Them ?? "them", StringComparison.Ordinal)
        .Replace("{their}", _deceased?.Their ?? "their", StringComparison.Ordinal);

    private bool Avoided(string text) =>
        _model.Profile.WordsToAvoid.Any(w => Regex.IsMatch(text, $@"(?<![\p{{L}}]){Regex.Escape(w)}(?![\p{{L}}])", RegexOptions.IgnoreCase));

    private List<string> NewParagraph()
    {
        var p = new List<string>();
        _paragraphs.Add(p);
        return p;
    }

    /// <summary>Below the template's length (with some room), the middle moves say one more of their sentences each, in turn.</summary>
    private void Pad()
    {
        var target = _model.Template.MinWords + 20;
        var moves = _model.Template.Moves;
        for (var round = 0; round < 3 && WordCount() < target; round++)
            for (var i = 0; i < moves.Count && WordCount() < target; i++)
            {
                if (moves[i] is Move.SharedMemory || i >= _paragraphs.Count) continue;
                var p = _paragraphs[Math.Min(i, _paragraphs.Count - 1)];
                // In the paragraph that told the memory of the person who died, they are "her" by now.
                _nameJustSaid = moves[i] == Move.HonourTheirMemory && _deceased is not null && p.Any(x => x.Contains(_deceased.Name, StringComparison.Ordinal));
                Fill(p, moves[i], p.Count + 1);
                _nameJustSaid = false;
            }
    }

    /// <summary>The client's favourite words, where they fit: an endearment once, to someone close; an adverb to open a sentence.</summary>
    private void WeaveFavouriteWords()
    {
        var text = string.Join(" ", _paragraphs.SelectMany(p => p));
        foreach (var word in _model.Profile.WordsToUse)
        {
            if (Regex.IsMatch(text, $@"(?<![\p{{L}}]){Regex.Escape(word)}(?![\p{{L}}])", RegexOptions.IgnoreCase)) continue;
            if (EndearmentWords.Contains(word))
            {
                // "Darling" is for a partner; a mother, a friend or a coach hears it only as their own pet name, in the greeting.
                if (_frame.Register != Register.Intimate || !SuitsRecipient(word)) continue;
                var last = _paragraphs.Last(p => p.Count > 0);
                var i = last.FindLastIndex(s => !s.StartsWith('\u0003') && !s.StartsWith(Alone) && (s.EndsWith('.') || s.EndsWith('!')) && !s.Contains(','));
                if (i >= 0) last[i] = last[i][..^1] + ", " + word + last[i][^1];
            }
            // "Honestly, I think of it often" is the client's voice at a party, not in grief or an apology.
            else if (word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !word.Contains(' ') && !_quiet)
            {
                var adverb = char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant() + ", ";
                // On a sentence of feeling ("Honestly, I think of it often"), not of fact ("Honestly, I am told letters…");
                // failing that, on one of the studio's sentences that opens on a common word ("Honestly, being your friend…").
                var done = false;
                foreach (var p in _paragraphs.Skip(1))
                {
                    var i = p.FindIndex(s => FeelingStart().IsMatch(s));
                    if (i < 0) continue;
                    p[i] = adverb + p[i];
                    done = true;
                    break;
                }
                foreach (var p in done ? [] : _paragraphs.Skip(1))
                {
                    var i = p.FindIndex(s => !s.StartsWith('\u0003') && !s.StartsWith(Alone) && VoiceShaping.LowerStart(s) != s);
                    if (i < 0) continue;
                    p[i] = adverb + VoiceShaping.LowerStart(p[i]);
                    break;
                }
            }
        }
    }

    /// <summary>French endearments have a gender: "chère" is not said to a husband, nor "cher" to a wife.</summary>
    private bool SuitsRecipient(string word)
    {
        var r = _model.Relationship.ToLowerInvariant();
        var male = Regex.IsMatch(r, @"\b(husband|boyfriend|fianc[eé](?!e))\b");
        var female = Regex.IsMatch(r, @"\b(wife|girlfriend|fianc[eé]e)\b");
        return word.ToLowerInvariant() switch
        {
            "chère" or "chérie" => !male,
            "cher" or "chéri" => !female,
            _ => true,
        };
    }

    private int WordCount() =>
        Words.Count(_frame.Salutation) + Words.Count(_frame.SignOff) + Words.Count(_frame.Signature) + _paragraphs.Sum(p => p.Sum(s => Words.Count(s)));

    /// <summary>The phrasebook's sentences in the client's voice; the client's own story is left as they told it.</summary>
    private string Shape(List<string> sentences)
    {
        var formality = _model.Profile.Formality;
        var result = new List<string>();
        var run = new List<string>();
        foreach (var s in sentences)
        {
            if (s.StartsWith('\u0003'))
            {
                Flush();
                result.Add(s[1..]);
            }
            else if (s.StartsWith(Alone) && _model.Profile.SentenceLength == Domain.Styles.SentenceLength.Long)
                run.Add(LongerIfLong(VoiceShaping.Shape(s[1..], formality)));
            else if (s.StartsWith(Alone))
            {
                Flush();
                result.Add(VoiceShaping.Shape(s[1..], formality));
            }
            else run.Add(LongerIfLong(VoiceShaping.Shape(s, formality)));
        }
        Flush();
        return string.Join(" ", result);

        void Flush()
        {
            if (run.Count == 0) return;
            result.AddRange(VoiceShaping.Join(run, _model.Profile.SentenceLength));
            run.Clear();
        }
    }

    /// <summary>A writer of long sentences runs an exclamation on into the next thought.</summary>
    private string LongerIfLong(string sentence) =>
        _model.Profile.SentenceLength == Domain.Styles.SentenceLength.Long && sentence.EndsWith('!') ? sentence[..^1] + "." : sentence;

    private static string Opening(string sentence)
    {
        var words = WordPattern().Matches(sentence).Take(2).Select(m => m.Value.ToLowerInvariant());
        return string.Join(' ', words);
    }

    private static IEnumerable<string> SplitSentences(string text) => SentenceEnd().Split(text).Where(s => s.Length > 0);

    internal static string Normalise(string text) => string.Join(' ', WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value));

    private static string Cap(string text)
    {
        var sentences = SentenceEnd().Split(text).Where(s => s.Length > 0).ToList();
        var kept = new List<string>();
        var words = 0;
        foreach (var s in sentences)
        {
            var n = Words.Count(s);
            if (kept.Count > 0 && words + n > AnecdoteWordCap) break;
            kept.Add(s);
            words += n;
        }
        var result = string.Join(" ", kept);
        if (words > AnecdoteWordCap)
        {
            var cut = result.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(AnecdoteWordCap);
            return string.Join(" ", cut).TrimEnd(',', ';', ':', '.') + "…";
        }
        return char.ToUpperInvariant(result[0]) + result[1..] + (".!?…".Contains(result[^1]) ? "" : ".");
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\p{Cs}+|[\u2600-\u27BF\uFE0F\u200D]+")]
    private static partial Regex Emoji();

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\b(every|used to|for years|always|each)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Habitual();

    [GeneratedRegex(@"^I (?!am told)\w")]
    private static partial Regex FeelingStart();

}
