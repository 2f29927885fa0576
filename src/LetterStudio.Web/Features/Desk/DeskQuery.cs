using LetterStudio.Application.Letters;
using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using LetterStudio.Drafting.Templates;
using LetterStudio.Web.Features.Forms;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Features.Desk;

// The desk's read side as one slice: the view record and the one query that builds it sit together, because the
// record exists only to be what this query returns and what Desk.razor shows.

/// <summary>Everything the desk shows about one order and its letter, read at one moment.</summary>
/// <param name="CanWork">The viewer may act on the order: it is theirs (or they are an admin) and still being written.</param>
/// <param name="CanEdit">The text may change: only while the letter is being drafted; in review it is frozen.</param>
/// <param name="TemplateKey">The template the writer drafts and checks against: the order's occasion unless they picked another.</param>
/// <param name="TemplateMoves">The steps of the template the writer drafts against, in words.</param>
/// <param name="Anecdotes">The dossier's anecdotes as ranked for the template; null when the ranking was refused (<paramref name="AnecdoteError"/>).</param>
/// <param name="LetterVersion">The letter's version the text was read at; a save against an older one is a conflict.</param>
/// <param name="OrderVersion">The order's version the look was read at; a look saved against an older one is a conflict.</param>
/// <param name="DocumentPages">The stored PDF's page count, once the letter is approved and rendered.</param>
public sealed record DeskView(
    DeskHeader Header,
    bool CanWork,
    bool CanEdit,
    IReadOnlyList<DeskTemplate> Templates,
    string TemplateKey,
    string? TemplateMoves,
    IReadOnlyList<DeskAnecdote>? Anecdotes,
    string? AnecdoteError,
    int LetterVersion,
    int? CurrentRevision,
    string CurrentText,
    IReadOnlyList<DeskRevision> Revisions,
    string? LastDraftError,
    int? DocumentPages,
    int OrderVersion,
    DeskLook OrderLook);

/// <summary>A template the writer may draft against, with its occasion's name and the length it expects.</summary>
public sealed record DeskTemplate(string Key, string Name, int MinWords, int MaxWords);

/// <summary>Reads the <see cref="DeskView"/> of one order for one viewer; null when the order is not on their desk.</summary>
public sealed class DeskQuery(LetterStudioDbContext db, TemplateCatalog catalog, DraftingContextLoader drafting)
{
    /// <param name="templateKey">The template the writer picked; null means the order's own occasion.</param>
    public async Task<DeskView?> HandleAsync(int orderId, Viewer viewer, string? templateKey, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null || !viewer.CanView(order.AssignedWriter)) return null;
        var canWork = viewer.CanWork(order.AssignedWriter) && order.Status is OrderStatus.Assigned or OrderStatus.Drafting or OrderStatus.InReview;
        var recipient = await db.Recipients.AsNoTracking().Where(r => r.Id == order.RecipientId).Select(r => r.Name).SingleAsync(ct);
        var occasionNames = await db.Occasions.AsNoTracking().ToDictionaryAsync(o => o.Key, o => o.Name, ct);
        templateKey ??= order.OccasionKey;
        var template = catalog.Find(order.OccasionKey);
        var header = new DeskHeader(order.Reference, occasionNames[order.OccasionKey], recipient, order.Status, order.RequestedDeliveryDate, order.WantsProof,
            order.AssignedWriter, template?.FileName ?? "(no template)", template?.MinWords ?? 0, template?.MaxWords ?? 0, await ChangesAsked(order, ct), order.IsTest);

        var letter = await db.Letters.AsNoTracking().Include(l => l.Revisions).SingleOrDefaultAsync(l => l.OrderId == orderId, ct);
        var documentPages = letter is null ? null : await db.LetterDocuments.AsNoTracking().Where(d => d.LetterId == letter.Id)
            .OrderByDescending(d => d.Id).Select(d => (int?)d.PageCount).FirstOrDefaultAsync(ct);
        var (anecdotes, anecdoteError) = await RankedAnecdotesAsync(orderId, templateKey, ct);

        return new DeskView(header, canWork, canWork && order.Status is OrderStatus.Assigned or OrderStatus.Drafting,
            [.. catalog.All.Select(t => new DeskTemplate(t.Key, occasionNames.GetValueOrDefault(t.Key, t.Key), t.MinWords, t.MaxWords))], templateKey,
            catalog.Find(templateKey) is { } picked ? MoveWords.Sentence(picked.Moves) : null,
            anecdotes, anecdoteError,
            letter?.Version ?? 0, letter?.Current?.Number, letter?.Current?.Text ?? "",
            [.. (letter?.Revisions ?? []).OrderByDescending(r => r.Number).Select(r => new DeskRevision(r.Number, r.Source.ToString(), r.ModelName, r.Author, r.CreatedAt, r.Note, r.Text))],
            letter?.LastDraftError, documentPages,
            // The order's own look: another order of the same customer never changes it.
            order.Version, DeskLook.From(order.Look));
    }

    /// <summary>Shown while the letter is back in drafting, so the writer works from what was asked.</summary>
    private Task<DeskChangeRequest?> ChangesAsked(Order order, CancellationToken ct) =>
        order.Status != OrderStatus.Drafting
            ? Task.FromResult<DeskChangeRequest?>(null)
            : db.OrderHistory.AsNoTracking().Where(h => h.OrderId == order.Id && h.From == OrderStatus.InReview && h.To == OrderStatus.Drafting)
                .OrderByDescending(h => h.Id).Select(h => new DeskChangeRequest(h.Actor, h.At, h.Reason ?? "")).FirstOrDefaultAsync(ct);

    private async Task<(IReadOnlyList<DeskAnecdote>?, string?)> RankedAnecdotesAsync(int orderId, string templateKey, CancellationToken ct)
    {
        try
        {
            var ranking = (await drafting.LoadAsync(orderId, ct, templateKey)).Ranking;
            return ([.. ranking.All.Select(r => new DeskAnecdote(r.Anecdote.Id, r.Anecdote.When, r.Anecdote.Text, r.Pinned, r.ChosenForOrder, r.Included, r.LeftOutReason))], null);
        }
        catch (DomainValidationException ex)
        {
            return (null, ErrorWords.Of(ex));
        }
    }
}
