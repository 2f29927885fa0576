using LetterStudio.Domain.Orders;
using LetterStudio.Drafting.Checks;
using LetterStudio.Drafting.Models;
using LetterStudio.Drafting.Prompts;

namespace LetterStudio.Application.Letters;

/// <summary>
/// What a drafting run stored: one revision per candidate (the best-checked one is the letter's current revision),
/// which model wrote them, the prompt they came from and what it left out.
/// </summary>
public sealed record DraftResult(int OrderId, OrderStatus OrderStatus, string ModelName, string? ModelNotice,
    IReadOnlyList<DraftedRevision> Revisions, DraftPrompt Prompt, TokenUsage Usage)
{
    public DraftedRevision Current => Revisions[^1];
}
