using LetterStudio.Domain.Orders;
using LetterStudio.Drafting.Checks;
using LetterStudio.Drafting.Models;
using LetterStudio.Drafting.Prompts;

namespace LetterStudio.Drafting.Letters;

/// <summary>
/// What a drafting run stored: one revision per candidate (the best-checked one is the letter's current revision),
/// which model wrote them, the prompt they came from and what it left out.
/// </summary>
public sealed record DraftResult(int OrderId, OrderStatus OrderStatus, string ModelName, string? ModelNotice,
    IReadOnlyList<DraftedRevision> Revisions, DraftPrompt Prompt, TokenUsage Usage)
{
    public DraftedRevision Current => Revisions[^1];
}

/// <summary>One stored revision with its style check. <see cref="Candidate"/> is its place among the candidates asked for, from 1.</summary>
public sealed record DraftedRevision(int Number, int Candidate, string Text, StyleReport Checks);

/// <summary>A piece of a streamed draft: text as it comes, then the stored result.</summary>
public sealed record DraftUpdate(string? Text, DraftResult? Result);
