using LetterStudio.Data;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Dossier;

public static class DossierQueries
{
    /// <summary>The dossier for an order's client, or null when the order does not exist.</summary>
    public static async Task<DossierView?> ForOrderAsync(LetterStudioDbContext db, int orderId, CancellationToken ct = default)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Anecdotes).SingleOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null) return null;
        var customer = await db.Customers.AsNoTracking().Include(c => c.Recipients).SingleAsync(c => c.Id == order.CustomerId, ct);
        var recipient = customer.Recipients.Single(r => r.Id == order.RecipientId);
        var profile = await db.StyleProfiles.AsNoTracking().Where(p => p.CustomerId == customer.Id).OrderByDescending(p => p.Version).FirstOrDefaultAsync(ct);
        var versions = await db.StyleProfiles.CountAsync(p => p.CustomerId == customer.Id, ct);

        var anecdotes = await db.Anecdotes.AsNoTracking().Where(a => a.CustomerId == customer.Id).ToListAsync(ct);
        // Which letters used each anecdote: the revisions that name it, per order.
        var uses = await (from rev in db.LetterRevisions.AsNoTracking()
                          join l in db.Letters on rev.LetterId equals l.Id
                          join o in db.Orders on l.OrderId equals o.Id
                          where o.CustomerId == customer.Id
                          select new { o.Id, rev.AnecdoteIds }).ToListAsync(ct);
        var usedIn = uses.SelectMany(u => u.AnecdoteIds.Select(a => (Anecdote: a, Order: u.Id))).Distinct()
            .GroupBy(x => x.Anecdote).ToDictionary(g => g.Key, g => g.Select(x => Order.ReferenceOf(x.Order)).Order().ToList());
        var names = customer.Recipients.ToDictionary(r => r.Id, r => r.Name);
        var timeline = anecdotes
            .OrderBy(a => a.HappenedOn ?? DateOnly.FromDateTime(a.CreatedAt.UtcDateTime))
            .ThenBy(a => a.Id)
            .Select(a =>
            {
                var chosen = order.Anecdotes.FirstOrDefault(c => c.AnecdoteId == a.Id);
                return new DossierAnecdote(a, a.RecipientId is { } rid ? names.GetValueOrDefault(rid) : null, chosen is not null, chosen?.Pinned == true,
                    usedIn.GetValueOrDefault(a.Id) ?? []);
            })
            .ToList();

        var past = await (from o in db.Orders.AsNoTracking()
                          join l in db.Letters on o.Id equals l.OrderId
                          join oc in db.Occasions on o.OccasionKey equals oc.Key
                          where o.RecipientId == recipient.Id && o.Id != orderId && o.Status != OrderStatus.Cancelled
                          orderby o.RequestedDeliveryDate descending
                          select new
                          {
                              o.Id, oc.Name, o.RequestedDeliveryDate, o.Status,
                              Text = l.Revisions.Where(r => r.Number == l.CurrentRevisionNumber).Select(r => r.Text).FirstOrDefault(),
                          }).Take(20).ToListAsync(ct);

        return new DossierView(order.Id, order.Reference, order.AssignedWriter, customer, recipient, profile, versions, timeline,
            [.. past.Where(p => p.Text is not null).Select(p => new PastLetter(p.Id, Order.ReferenceOf(p.Id), p.Name, p.RequestedDeliveryDate, p.Status.ToString(), p.Text!))]);
    }
}
