using System.Text.RegularExpressions;
using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Orders;
using LetterStudio.Drafting.Templates;

namespace LetterStudio.Drafting.Anecdotes;

/// <summary>
/// Orders a customer's anecdotes for one order: picked by the customer, then pinned by the writer, then added by the writer,
/// then the rest; within each, by relevance to the occasion, the recipient and the brief, then by recency.
/// An anecdote already used in a letter to the same recipient is left out unless the writer pinned it or the customer picked it;
/// one about a death or an illness is never added unasked to a celebratory letter.
/// </summary>
public static partial class AnecdoteRanker
{
    public static AnecdoteRanking Rank(Order order, OccasionTemplateInfo template, IEnumerable<Anecdote> customerAnecdotes,
        IReadOnlyDictionary<int, int> usedBeforeInOrder, int maxAnecdotes)
    {
        var chosen = order.Anecdotes.ToDictionary(a => a.AnecdoteId);
        var briefWords = Words.Content(order.Brief).ToHashSet();
        var keywords = template.Keywords.Select(Words.Stem).ToHashSet();
        var candidates = customerAnecdotes
            // Memories of the customer's other people are not this recipient's, unless the order chose them.
            .Where(a => chosen.ContainsKey(a.Id) || a.RecipientId is null || a.RecipientId == order.RecipientId)
            .Select(a =>
            {
                chosen.TryGetValue(a.Id, out var pick);
                return new RankedAnecdote(a, pick?.Pinned ?? false, pick?.PickedByCustomer ?? false, pick is not null,
                    Relevance(a, order.RecipientId, keywords, briefWords), usedBeforeInOrder.TryGetValue(a.Id, out var o) ? o : null);
            })
            .OrderBy(Tier).ThenByDescending(r => r.Pinned).ThenByDescending(r => r.Relevance).ThenByDescending(r => Year(r.Anecdote)).ThenBy(r => r.Anecdote.Id)
            .ToList();

        var celebratory = Voice.OccasionMood.IsCelebratory(template.Key);
        var avoided = Words.Content(order.Avoid ?? "").ToHashSet();
        var ranked = new List<RankedAnecdote>(candidates.Count);
        var included = 0;
        foreach (var r in candidates)
        {
            string? reason = null;
            if (r.UsedInOrderId is { } used && !r.Pinned && !r.PickedByCustomer)
                reason = $"already used in the letter of order {used} to the same recipient (pin it to use it again)";
            else if (!r.ChosenForOrder && AnecdoteReading.SensitivityOf(r.Anecdote).HasFlag(Sensitivity.Private))
                reason = "marked private, never added unasked to any letter (choose it to use it)";
            else if (!r.ChosenForOrder && celebratory && (AnecdoteReading.SensitivityOf(r.Anecdote) & (Sensitivity.Death | Sensitivity.Illness)) != Sensitivity.None)
                reason = $"about a {Describe(AnecdoteReading.SensitivityOf(r.Anecdote))}, never added unasked to a {template.Key} letter (choose it to use it)";
            else if (!r.ChosenForOrder && avoided.Count > 0 && Words.Content(r.Anecdote.Text).Any(avoided.Contains))
                reason = "touches what the client asked to leave unsaid";
            else if (!r.ChosenForOrder && r.Relevance <= 0)
                reason = "not chosen for this order and not relevant to the occasion, recipient or brief";
            else if (!r.ChosenForOrder && included >= maxAnecdotes)
                reason = $"not chosen for this order, and {maxAnecdotes} anecdote(s) are enough";
            if (reason is null) included++;
            ranked.Add(r with { Included = reason is null, LeftOutReason = reason });
        }
        return new AnecdoteRanking(ranked);
    }

    private static string Describe(Sensitivity s) => s.HasFlag(Sensitivity.Death) ? "death" : "illness";

    // The customer's own picks lead; then the writer's pins, then the writer's other choices, then the rest.
    private static int Tier(RankedAnecdote r) => r.PickedByCustomer ? 0 : r.Pinned ? 1 : r.ChosenForOrder ? 2 : 3;

    private static double Relevance(Anecdote a, int recipientId, HashSet<string> keywords, HashSet<string> briefWords)
    {
        var tags = a.Tags.Select(Words.Stem).ToHashSet();
        var words = Words.Content(a.Text).ToHashSet();
        var score = 2.0 * tags.Count(keywords.Contains) + words.Count(keywords.Contains);
        // The brief leads: what the client asked for outweighs the occasion's usual subjects.
        score += 2 * Math.Min(5, words.Concat(tags).Distinct().Count(briefWords.Contains));
        if (a.RecipientId == recipientId) score += 2;
        return score;
    }

    /// <summary>When it happened, as a year: the date, else a year in the free text ("summer 2019", "the 1980s"), else when it was written down.</summary>
    public static int Year(Anecdote a)
    {
        if (a.HappenedOn is { } day) return day.Year;
        if (a.HappenedWhen is { } when && YearPattern().Match(when) is { Success: true } m) return int.Parse(m.Value);
        return a.CreatedAt.Year;
    }

    [GeneratedRegex(@"\b(1[89]|20)\d\d(?!\d)")]
    private static partial Regex YearPattern();
}
