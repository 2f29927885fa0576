using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Letters;
using LetterStudio.Drafting.Checks;
using LetterStudio.Drafting.Prompts;

namespace LetterStudio.Application.Letters;

/// <summary>
/// The style check for a writer's edits: <see cref="CheckAsync"/> judges text as it is typed, <see cref="SaveEditAsync"/>
/// stores the edit as a revision with its checks beside it, as drafts are stored.
/// </summary>
public sealed class CheckLetter(LetterStudioDbContext db, DraftingContextLoader loader, PromptBuilder prompts, TimeProvider time)
{
    public async Task<StyleReport> CheckAsync(int orderId, string text, CancellationToken ct = default, string? templateKey = null)
    {
        var ctx = await loader.LoadAsync(orderId, ct, templateKey);
        var prompt = await prompts.BuildAsync(ctx.Model, ctx.Ranking);
        return StyleChecker.Check(text, prompt);
    }

    /// <param name="expectedLetterVersion">
    /// The letter version the writer's editor was loaded from. When someone saved the letter since, the save is
    /// refused with ConcurrencyConflictException instead of burying their revision under this one.
    /// </param>
    public async Task<DraftedRevision> SaveEditAsync(int orderId, string text, string writer, string? note = null, int? expectedLetterVersion = null, CancellationToken ct = default)
    {
        Guard.Required(writer, "Author", Limits.Actor);
        var ctx = await loader.LoadAsync(orderId, ct);
        DraftStore.EnsureDraftable(ctx.Order);
        DraftPrompt prompt = await prompts.BuildAsync(ctx.Model, ctx.Ranking);
        var now = time.GetUtcNow();
        var checks = StyleChecker.Check(text, prompt);
        var letter = DraftStore.LetterFor(db, ctx, now);
        if (expectedLetterVersion is { } expected && ctx.Letter is not null)
            db.Entry(letter).Property(l => l.Version).OriginalValue = expected;
        var revision = DraftStore.AddRevision(letter, new RevisionDraft(text, RevisionSource.Writer, writer, null, null, ctx.Profile.Id,
            ctx.Letter?.Current?.AnecdoteIds ?? prompt.AnecdoteIds, note), checks, now);
        DraftStore.MoveToDrafting(ctx.Order, writer, writer, now);
        await db.SaveOrConflictAsync("Order", orderId, ct);
        return new DraftedRevision(revision.Number, 1, revision.Text, checks);
    }
}
