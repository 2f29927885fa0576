using LetterStudio.Domain.Letters;
using LetterStudio.Drafting.Prompts;
using LetterStudio.Drafting.Setup;

namespace LetterStudio.Drafting.Models;

/// <summary>Something that writes drafts from a prompt: the OpenAI model, or the offline composer.</summary>
public interface IDraftingModel
{
    DraftingModelKind Kind { get; }

    /// <summary>Stored on each revision: "openai:gpt-4o-mini" or "offline-composer".</summary>
    string Name { get; }

    RevisionSource Source { get; }

    /// <summary>Writes <paramref name="candidates"/> alternative drafts at once.</summary>
    Task<ModelDrafts> DraftAsync(DraftPrompt prompt, int candidates, CancellationToken ct);

    /// <summary>Writes the body of one draft (no greeting, sign-off or signature), yielding text as it comes; the last chunk carries the usage.</summary>
    IAsyncEnumerable<DraftChunk> StreamAsync(DraftPrompt prompt, CancellationToken ct);

    /// <summary>Writes paragraph <paramref name="index"/> again, with the rest of the letter as context.</summary>
    Task<ModelParagraph> RedraftParagraphAsync(DraftPrompt prompt, LetterDraft current, int index, string? writerNote, CancellationToken ct);
}
