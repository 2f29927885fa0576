using LetterStudio.Application.Orders;
using LetterStudio.Application.Voice;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Voice;
using LetterStudio.Drafting.Anecdotes;
using LetterStudio.Drafting.Setup;
using LetterStudio.Drafting.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LetterStudio.Application.Letters;

/// <summary>
/// Reads an order's drafting material in a few small queries: the order and its letter (tracked), the client's
/// latest style profile, the recipient, the ranked anecdotes and the earlier letters to the same recipient.
/// </summary>
public sealed class DraftingContextLoader(LetterStudioDbContext db, TemplateCatalog templates, IOptions<DraftingOptions> options)
{
    /// <param name="templateKey">Another occasion's template the writer picked on the desk; null means the order's own.</param>
    public async Task<DraftingContext> LoadAsync(int orderId, CancellationToken ct, string? templateKey = null)
    {
        var order = await db.Orders.Include(o => o.Anecdotes).Include(o => o.History).AsSplitQuery().SingleOrDefaultAsync(o => o.Id == orderId, ct)
            ?? throw new NotFoundException("Order", orderId);
        var template = templates.Get(templateKey ?? order.OccasionKey);
        var customerName = await db.Customers.Where(c => c.Id == order.CustomerId).Select(c => c.Name).SingleAsync(ct);
        var recipient = await db.Recipients.AsNoTracking().SingleAsync(r => r.Id == order.RecipientId, ct);
        var profile = await db.StyleProfiles.AsNoTracking().Where(p => p.CustomerId == order.CustomerId).OrderByDescending(p => p.Version).FirstOrDefaultAsync(ct)
            ?? throw new DomainValidationException("StyleProfile", $"{customerName} has no style profile yet; drafting needs one.");
        var anecdotes = await db.Anecdotes.AsNoTracking().Where(a => a.CustomerId == order.CustomerId).ToListAsync(ct);
        var letter = await db.Letters.Include(l => l.Revisions).SingleOrDefaultAsync(l => l.OrderId == orderId, ct);

        // Letters to the same recipient that were really sent (approved or later): what they used, and what they said.
        // A draft still in progress, or one whose order was cancelled, is not an earlier letter.
        var earlier = await (from o in db.Orders.AsNoTracking()
                             where o.RecipientId == order.RecipientId && o.Id != order.Id
                                   && (o.Status == OrderStatus.Approved || o.Status == OrderStatus.Rendered || o.Status == OrderStatus.Printed || o.Status == OrderStatus.Mailed)
                             join l in db.Letters on o.Id equals l.OrderId
                             from r in l.Revisions
                             where r.Number == l.CurrentRevisionNumber
                             select new { o.Id, o.OccasionKey, r.Text, r.AnecdoteIds, r.CreatedAt })
            .ToListAsync(ct);
        var usedIn = new Dictionary<int, int>();
        foreach (var e in earlier.OrderBy(e => e.CreatedAt))
            foreach (var id in e.AnecdoteIds) usedIn.TryAdd(id, e.Id);

        var settings = options.Value;
        var ranking = AnecdoteRanker.Rank(order, template, anecdotes, usedIn, settings.MaxAnecdotes);
        var pinned = order.Anecdotes.Where(a => a.Pinned).Select(a => a.AnecdoteId).ToHashSet();
        var names = new[] { recipient.Name, recipient.CalledBy, profile.PetNameFor(recipient.Id) ?? "" };
        var model = new LetterPromptModel(
            template, customerName, recipient.Name, recipient.CalledBy, recipient.Relationship, profile.PetNameFor(recipient.Id), profile,
            // What the customer or the writer recorded about each anecdote leads; the reading of its words fills the gaps.
            [.. ranking.Included.Select(r => new PromptAnecdote(r.Anecdote.Id, r.Anecdote.Text, r.Anecdote.When, r.Anecdote.Tags, pinned.Contains(r.Anecdote.Id),
                PickedByCustomer: r.PickedByCustomer, Sensitivity: AnecdoteReading.SensitivityOf(r.Anecdote),
                People: AnecdoteReading.PeopleOf(r.Anecdote, names), Deceased: AnecdoteReading.DeceasedOf(r.Anecdote), About: r.Anecdote.About))],
            order.Brief, order.Avoid,
            [.. earlier.OrderByDescending(e => e.CreatedAt).Take(settings.MaxPastLetters).Select(e => new PastLetter(e.Id, e.OccasionKey, e.CreatedAt, e.Text))],
            order.MergeFields,
            recipient.Voice,
            await VoiceAsync(order.CustomerId, ct));
        return new DraftingContext(order, letter, profile, model, ranking);
    }

    /// <summary>The client's own writing for the prompt: the best excerpts, the habits they show, and the writer's corrections.</summary>
    private async Task<ClientVoiceExamples> VoiceAsync(int customerId, CancellationToken ct)
    {
        var voice = await VoiceSamples.ReadProfileAsync(db, customerId, ct);
        if (!voice.HasSamples && voice.Edit is null) return ClientVoiceExamples.None;
        var f = voice.Figures;
        return new ClientVoiceExamples(voice.Excerpts, VoiceAnalysis.Notes(f), [.. f.FavouritePhrases, .. f.FavouriteWords], voice.Edit?.Notes);
    }
}
