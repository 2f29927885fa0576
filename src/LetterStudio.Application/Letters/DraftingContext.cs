using LetterStudio.Domain.Letters;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;
using LetterStudio.Drafting.Anecdotes;
using LetterStudio.Drafting.Templates;

namespace LetterStudio.Application.Letters;

/// <summary>Everything drafting needs about one order, tracked so the use case can add a revision and move the order.</summary>
public sealed record DraftingContext(Order Order, Letter? Letter, StyleProfile Profile, LetterPromptModel Model, AnecdoteRanking Ranking);
