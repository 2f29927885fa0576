using LetterStudio.Drafting.Anecdotes;
using LetterStudio.Drafting.Setup;
using LetterStudio.Drafting.Templates;
using Microsoft.Extensions.Options;

namespace LetterStudio.Drafting.Prompts;

/// <summary>
/// Renders the occasion template for an order and fits it to the token budget. What goes first when the prompt is
/// too long: earlier letters (oldest first), then anecdotes the writer did not pin (lowest ranked first), then the
/// longest remaining anecdote is shortened, again and again. Pinned anecdotes are shortened but never dropped.
/// </summary>
public sealed class PromptBuilder(TemplateRenderer renderer, TokenCounter tokens, IOptions<DraftingOptions> options)
{
    /// <summary>Room kept for the output-format lines each model adds to the instructions.</summary>
    private const int FormatAllowance = 150;

    /// <summary>An anecdote is not shortened below this many characters; past that the budget is simply too small.</summary>
    private const int ShortestAnecdote = 200;

    public async Task<DraftPrompt> BuildAsync(LetterPromptModel model, AnecdoteRanking ranking)
    {
        var budget = options.Value.PromptTokenBudget;
        var omissions = ranking.LeftOut.Select(a => new PromptOmission($"anecdote {a.Anecdote.Id}", a.LeftOutReason!)).ToList();
        while (true)
        {
            var rendered = await renderer.RenderAsync(model);
            var count = tokens.Count(rendered.Instructions) + tokens.Count(rendered.Data) + FormatAllowance;
            if (count <= budget)
                return new DraftPrompt(model, rendered, ranking, count, omissions);

            var over = $"over the prompt budget of {budget:N0} tokens";
            if (model.PastLetters.Count > 0)
            {
                var oldest = model.PastLetters[^1];
                omissions.Add(new PromptOmission($"earlier letter of order {oldest.OrderId}", over));
                model = model with { PastLetters = [.. model.PastLetters.Take(model.PastLetters.Count - 1)] };
            }
            else if (model.Anecdotes.LastOrDefault(a => !a.Pinned) is { } droppable)
            {
                omissions.Add(new PromptOmission($"anecdote {droppable.Id}", over));
                ranking = ranking.Without(droppable.Id, over);
                model = model with { Anecdotes = [.. model.Anecdotes.Where(a => a.Id != droppable.Id)] };
            }
            else if (model.Anecdotes.MaxBy(a => a.Text.Length) is { Text.Length: > ShortestAnecdote } longest)
            {
                var shorter = Shorten(longest.Text, Math.Max(ShortestAnecdote, longest.Text.Length / 2));
                if (!longest.Shortened)
                    omissions.Add(new PromptOmission($"part of anecdote {longest.Id}", $"shortened to fit the prompt budget of {budget:N0} tokens"));
                model = model with { Anecdotes = [.. model.Anecdotes.Select(a => a.Id == longest.Id ? a with { Text = shorter, Shortened = true } : a)] };
            }
            else
            {
                throw new DraftingFailedException($"The prompt needs {count:N0} tokens even with every earlier letter and unpinned anecdote left out; raise Drafting:PromptTokenBudget (now {budget:N0}).");
            }
        }
    }

    /// <summary>Cuts at the last sentence end (or else word break) before <paramref name="length"/> characters.</summary>
    internal static string Shorten(string text, int length)
    {
        if (text.Length <= length) return text;
        var cut = text[..length];
        var sentenceEnd = cut.LastIndexOfAny(['.', '!', '?']);
        if (sentenceEnd >= length / 2) return cut[..(sentenceEnd + 1)];
        // The cut ends a word when the next character is a space; otherwise the partial word goes.
        var space = char.IsWhiteSpace(text[length]) ? length : cut.LastIndexOf(' ');
        return (space > 0 ? cut[..space] : cut).TrimEnd(',', ';', ':', ' ') + "…";
    }
}
