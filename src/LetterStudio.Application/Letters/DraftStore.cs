using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Letters;
using LetterStudio.Domain.Orders;
using LetterStudio.Drafting.Checks;

namespace LetterStudio.Application.Letters;

/// <summary>
/// The rules every drafting use case shares: which orders may be drafted, how a revision is stored with its checks
/// and the order moved to Drafting in one save, and how a failure is kept on the letter without touching anything else.
/// </summary>
internal static class DraftStore
{
    /// <summary>Drafting happens once a writer has the order (Assigned) and while it is being drafted.</summary>
    public static void EnsureDraftable(Order order)
    {
        if (order.Status is OrderStatus.Assigned or OrderStatus.Drafting) return;
        if (order.Status == OrderStatus.InReview)
            throw new DomainValidationException("Status", $"order {order.Id} is InReview; ask for changes (move it back to Drafting with a comment) before drafting again.");
        throw new IllegalTransitionException(order.Id, order.Status, OrderStatus.Drafting);
    }

    public static Letter LetterFor(LetterStudioDbContext db, DraftingContext ctx, DateTimeOffset now)
    {
        if (ctx.Letter is not null) return ctx.Letter;
        var letter = new Letter(ctx.Order.Id, now);
        db.Letters.Add(letter);
        return letter;
    }

    public static LetterRevision AddRevision(Letter letter, RevisionDraft draft, StyleReport checks, DateTimeOffset now)
    {
        var revision = letter.AddRevision(draft, now);
        revision.RecordChecks(checks.ToJson());
        return revision;
    }

    public static void MoveToDrafting(Order order, string actor, string source, DateTimeOffset now)
    {
        if (order.Status == OrderStatus.Assigned)
            order.MoveTo(OrderStatus.Drafting, actor, now, $"First draft by {source}");
    }

    /// <summary>Keeps the failure on the letter for the desk to show; the order, its status and every revision stay as they were.</summary>
    public static async Task RecordFailureAsync(LetterStudioDbContext db, DraftingContext ctx, string error, DateTimeOffset now)
    {
        var letter = LetterFor(db, ctx, now);
        letter.RecordDraftError(error.Length <= Limits.Reason ? error : error[..(Limits.Reason - 1)] + "…", now);
        // Not the caller's token: a timed-out or failed draft is worth recording even if the caller stops waiting now.
        await db.SaveOrConflictAsync("Letter", ctx.Order.Id, CancellationToken.None);
    }
}
