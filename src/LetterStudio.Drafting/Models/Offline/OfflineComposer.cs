using System.Runtime.CompilerServices;
using LetterStudio.Domain.Letters;
using LetterStudio.Drafting.Prompts;
using LetterStudio.Drafting.Setup;
using LetterStudio.Drafting.Templates;

namespace LetterStudio.Drafting.Models.Offline;

/// <summary>
/// The embedded drafting model: composes a letter from the template's moves, the chosen anecdotes and the style
/// profile, with no network and no randomness. Template-based, and it says so in its name on every revision.
/// </summary>
public sealed class OfflineComposer : IDraftingModel
{
    public const string ComposerName = "offline-composer";

    public DraftingModelKind Kind => DraftingModelKind.Offline;
    public string Name => ComposerName;
    public RevisionSource Source => RevisionSource.Composer;

    public Task<ModelDrafts> DraftAsync(DraftPrompt prompt, int candidates, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var drafts = Enumerable.Range(0, candidates).Select(v => Compose(prompt.Model, v)).ToList();
        return Task.FromResult(new ModelDrafts(drafts, TokenUsage.None));
    }

    public async IAsyncEnumerable<DraftChunk> StreamAsync(DraftPrompt prompt, [EnumeratorCancellation] CancellationToken ct)
    {
        // The body only, as a model streams it: the studio places the greeting, sign-off and signature around it.
        var draft = Compose(prompt.Model, 0);
        for (var i = 0; i < draft.Paragraphs.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return new DraftChunk(draft.Paragraphs[i] + (i < draft.Paragraphs.Count - 1 ? "\n\n" : ""));
        }
        yield return new DraftChunk("", TokenUsage.None);
    }

    public Task<ModelParagraph> RedraftParagraphAsync(DraftPrompt prompt, LetterDraft current, int index, string? writerNote, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        // Same structure in every variant, so paragraph N of another variant is the same move, said differently.
        var alternatives = Enumerable.Range(0, 8).Select(v => Compose(prompt.Model, v)).ToList();
        if (index < 0 || index >= alternatives[0].Paragraphs.Count)
            throw new DraftingFailedException($"The offline composer writes {alternatives[0].Paragraphs.Count} paragraphs for this letter and cannot redraft paragraph {index + 1}.");
        var text = alternatives.Select(a => a.Paragraphs[index]).FirstOrDefault(p => p != current.Paragraphs.ElementAtOrDefault(index))
            ?? alternatives[0].Paragraphs[index];
        return Task.FromResult(new ModelParagraph(text, TokenUsage.None));
    }

    /// <summary>Variant 0 is the default draft; other variants choose other phrasings for some moves.</summary>
    public static LetterDraft Compose(LetterPromptModel model, int variant) => new LetterComposition(model, variant).Build();
}
