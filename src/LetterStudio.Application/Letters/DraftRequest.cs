using LetterStudio.Drafting.Setup;

namespace LetterStudio.Application.Letters;

/// <summary>A writer's request for drafts of an order's letter. <see cref="Model"/> null means the configured default.</summary>
/// <see cref="Template"/> is another occasion's template picked by the writer; null means the order's own occasion.
public sealed record DraftRequest(int OrderId, string Actor, DraftingModelKind? Model = null, int Candidates = 1, string? Template = null);
