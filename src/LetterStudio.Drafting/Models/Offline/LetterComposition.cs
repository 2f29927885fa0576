using LetterStudio.Domain.Styles;
using LetterStudio.Drafting.Anecdotes;
using LetterStudio.Drafting.Templates;

namespace LetterStudio.Drafting.Models.Offline;

/// <summary>One run of the offline composer: a paragraph per move, one per anecdote, then padded up to the template's length.</summary>
internal sealed class LetterComposition(LetterPromptModel model, int variant)
{
    /// <summary>Longest retelling of one anecdote; a long memory is cut at a sentence so the letter stays a letter.</summary>
    private const int AnecdoteWordCap = 60;

    private readonly List<Part> _parts = [];

    public LetterDraft Build()
    {
        var memoryMove = model.Template.Moves.FirstOrDefault(m => m is Move.SharedMemory or Move.HonourTheirMemory, model.Template.Moves[0]);
        for (var i = 0; i < model.Template.Moves.Count; i++)
        {
            var move = model.Template.Moves[i];
            if (move != Move.SharedMemory) _parts.Add(new Part(move, [.. MovePhrasebook.Sentences(move, Pick(i))], []));
            if (move == memoryMove) AddMemories(i);
        }
        Pad();
        var profile = model.Profile;
        var paragraphs = _parts.Select(p => Paragraph(p)).Where(p => p.Length > 0).ToList();
        return LetterDraft.Create(model.ExpectedSalutation, paragraphs, profile.SignOff, profile.SignatureName);
    }

    private void AddMemories(int moveIndex)
    {
        if (model.Anecdotes.Count == 0)
        {
            if (model.Template.Moves[moveIndex] == Move.SharedMemory)
                _parts.Add(new Part(Move.SharedMemory, [MovePhrasebook.NoMemory[Pick(moveIndex)]], []));
            return;
        }
        for (var k = 0; k < model.Anecdotes.Count; k++)
        {
            var a = model.Anecdotes[k];
            // Consecutive memories alternate their introduction and coda, so no two neighbours open or close alike.
            var introIndex = (Pick(moveIndex) + k) % 2;
            var intro = a.When is { } when
                ? MovePhrasebook.MemoryIntros[introIndex].Replace("{when}", when, StringComparison.Ordinal)
                : MovePhrasebook.MemoryIntrosUndated[introIndex];
            var names = new[] { model.RecipientName, model.RecipientCalledBy, model.PetName ?? "" }
                .Concat(model.RecipientName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(1));
            var retold = Cap(Retelling.ToSecondPerson(a.Text.Trim(), names));
            _parts.Add(new Part(Move.SharedMemory, [intro, MovePhrasebook.MemoryCodas[(Pick(moveIndex + 1) + k) % 2]], [retold]));
        }
    }

    /// <summary>Below the template's shortest length, each move also says its other variant's sentences, move by move.</summary>
    private void Pad()
    {
        for (var i = 0; i < model.Template.Moves.Count; i++)
        {
            var move = model.Template.Moves[i];
            if (move == Move.SharedMemory) continue;
            if (WordCount() >= model.Template.MinWords) return;
            var part = _parts.First(p => p.Move == move);
            part.Own.AddRange(MovePhrasebook.Sentences(move, Pick(i) + 1).Where(s => !part.Own.Contains(s)));
        }
    }

    private int WordCount() =>
        Words.Count(model.ExpectedSalutation) + Words.Count(model.Profile.SignOff) + Words.Count(model.Profile.SignatureName)
        + _parts.Sum(p => Words.Count(Paragraph(p)));

    private string Paragraph(Part part)
    {
        var own = part.Own.Select(s => VoiceShaping.Shape(s.Replace("{name}", model.AddressName, StringComparison.Ordinal), model.Profile.Formality)).ToList();
        if (part.Retold.Count == 0)
            return string.Join(" ", VoiceShaping.Join(own, model.Profile.SentenceLength));
        // A memory: the introduction, the client's story retold, then the coda. The story keeps the client's own
        // sentences; for writers of longer sentences the introduction and the coda are joined onto it.
        var story = string.Join(" ", part.Retold);
        var length = model.Profile.SentenceLength;
        if (length == SentenceLength.Short) return string.Join(" ", [own[0], story, .. own.Skip(1)]);
        var opened = own[0][..^1] + ": " + VoiceShaping.LowerStart(story);
        if (length == SentenceLength.Medium || !opened.EndsWith('.')) return string.Join(" ", [opened, .. own.Skip(1)]);
        return string.Join(" ", [opened[..^1] + ", and " + VoiceShaping.LowerStart(own[1]), .. own.Skip(2)]);
    }

    private int Pick(int moveIndex) => ((variant >> (moveIndex % 3)) & 1) ^ (moveIndex % 2);

    private static string Cap(string text)
    {
        var sentences = System.Text.RegularExpressions.Regex.Split(text, @"(?<=[.!?])\s+").Where(s => s.Length > 0).ToList();
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

    private sealed record Part(Move Move, List<string> Own, List<string> Retold);
}
