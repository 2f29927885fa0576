using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data.Orders;

/// <summary>Read-only views of orders for lists and pages. Projections, so no PDF bytes or revisions are loaded.</summary>
public static class OrderQueries
{
    public static Task<List<OrderSummary>> ListAsync(LetterStudioDbContext db, OrderStatus? status, CancellationToken ct = default, int take = 500)
    {
        var orders = db.Orders.AsNoTracking();
        if (status is { } s) orders = orders.Where(o => o.Status == s);
        return (from o in orders
                join c in db.Customers on o.CustomerId equals c.Id
                join r in db.Recipients on o.RecipientId equals r.Id
                join oc in db.Occasions on o.OccasionKey equals oc.Key
                orderby o.RequestedDeliveryDate, o.Id
                select new OrderSummary(o.Id, o.Status, o.RequestedDeliveryDate, oc.Name, c.Name, r.Name, o.AssignedWriter))
            .Take(take)
            .ToListAsync(ct);
    }

    public static async Task<OrderDetail?> DetailAsync(LetterStudioDbContext db, int id, CancellationToken ct = default)
    {
        var head = await (from o in db.Orders.AsNoTracking()
                          join c in db.Customers on o.CustomerId equals c.Id
                          join r in db.Recipients on o.RecipientId equals r.Id
                          join oc in db.Occasions on o.OccasionKey equals oc.Key
                          where o.Id == id
                          select new { Order = o, CustomerName = c.Name, RecipientName = r.Name, r.CalledBy, r.Relationship, OccasionName = oc.Name })
            .SingleOrDefaultAsync(ct);
        if (head is null) return null;

        var history = await db.OrderHistory.AsNoTracking().Where(h => h.OrderId == id).OrderBy(h => h.Id).ToListAsync(ct);
        var chosen = await db.Orders.AsNoTracking().Where(o => o.Id == id).SelectMany(o => o.Anecdotes).ToListAsync(ct);
        var chosenIds = chosen.Select(c => c.AnecdoteId).ToList();
        var anecdotes = await db.Anecdotes.AsNoTracking().Where(a => chosenIds.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync(ct);
        var letter = await db.Letters.AsNoTracking().Where(l => l.OrderId == id)
            .Select(l => new { l.CurrentRevisionNumber, Text = l.Revisions.Where(r => r.Number == l.CurrentRevisionNumber).Select(r => r.Text).FirstOrDefault() })
            .SingleOrDefaultAsync(ct);

        var order = head.Order;
        return new OrderDetail(order.Id, order.Reference, order.Status, order.RequestedDeliveryDate, head.OccasionName, head.CustomerName, head.RecipientName,
            head.CalledBy, head.Relationship, order.AssignedWriter, order.Brief, order.Avoid, order.PriceCents, order.Currency, order.WantsProof,
            [.. anecdotes.Select(a => new OrderAnecdoteView(a.Id, a.Text, a.When, a.Tags, chosen.First(c => c.AnecdoteId == a.Id).Pinned))],
            history, letter?.CurrentRevisionNumber, letter?.Text);
    }
}
