using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Letters;
using LetterStudio.Drafting;
using LetterStudio.Drafting.Checks;
using LetterStudio.Drafting.Models;
using LetterStudio.Drafting.Prompts;
using LetterStudio.Drafting.Setup;

namespace LetterStudio.Application.Letters;

/// <summary>Writes one paragraph of the current letter again, with the rest as context, and stores the result as a new revision.</summary>
public sealed class RedraftParagraph(LetterStudioDbContext db, DraftingContextLoader loader, PromptBuilder prompts, DraftingModels models, TimeProvider time)
{
    /// <param name="paragraph">The body paragraph to redraft, counted from 0 after the salutation, as in <see cref="Models.LetterDraft.Paragraphs"/>.</param>
    public async Task<DraftedRevision> HandleAsync(int orderId, int paragraph, string actor, string? writerNote = null,
        DraftingModelKind? model = null, CancellationToken ct = default)
    {
        Guard.Required(actor, "Actor", Limits.Actor);
        var ctx = await loader.LoadAsync(orderId, ct);
        DraftStore.EnsureDraftable(ctx.Order);
        var current = ctx.Letter?.Current ?? throw new DomainValidationException("Letter", $"order {orderId} has no draft yet to redraft a paragraph of.");
        LetterDraft draft;
        try
        {
            draft = LetterDraft.Parse(current.Text);
        }
        catch (NotALetterException ex)
        {
            throw new DomainValidationException("Letter", $"revision {current.Number} cannot be split into paragraphs. {ex.Message}");
        }
        if (paragraph < 0 || paragraph >= draft.Paragraphs.Count)
            throw new DomainValidationException("Paragraph", $"must be between 0 and {draft.Paragraphs.Count - 1}, counted from 0 (got {paragraph}).");

        var prompt = await prompts.BuildAsync(ctx.Model, ctx.Ranking);
        var choice = models.Choose(model);
        ModelParagraph answer;
        try
        {
            answer = await choice.Model.RedraftParagraphAsync(prompt, draft, paragraph, Guard.Optional(writerNote, "WriterNote", Limits.ShortText), ct);
        }
        catch (DraftingFailedException ex)
        {
            await DraftStore.RecordFailureAsync(db, ctx, ex.Message, time.GetUtcNow());
            throw;
        }

        var now = time.GetUtcNow();
        var text = draft.WithParagraph(paragraph, answer.Text).ToText();
        var checks = StyleChecker.Check(text, prompt);
        var note = $"Paragraph {paragraph + 1} redrafted{(answer.Usage.Total > 0 ? $"; tokens: {answer.Usage}" : "")}.{(choice.Notice is null ? "" : " " + choice.Notice)}";
        var revision = DraftStore.AddRevision(ctx.Letter, new RevisionDraft(text, choice.Model.Source, actor, choice.Model.Name,
            prompt.Rendered.Fingerprint, ctx.Profile.Id, current.AnecdoteIds, note,
            DraftLetter.Tokens(answer.Usage.InputTokens), DraftLetter.Tokens(answer.Usage.OutputTokens)), checks, now);
        DraftStore.MoveToDrafting(ctx.Order, actor, choice.Model.Name, now);
        await db.SaveOrConflictAsync("Order", orderId, ct);
        return new DraftedRevision(revision.Number, 1, revision.Text, checks);
    }
}
