using LetterStudio.Data;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Orders;

/// <summary>Read-only views of orders for lists and pages. Projections, so no PDF bytes or revisions are loaded.</summary>
public static class OrderQueries
{
    public static Task<List<OrderSummary>> ListAsync(LetterStudioDbContext db, OrderStatus? status, CancellationToken ct = default, int take = 500)
    {
        var orders = db.Orders.AsNoTracking();
        if (status is { } s) orders = orders.Where(o => o.Status == s);
        return Summaries(db, orders).Take(take).ToListAsync(ct);
    }

    /// <summary>The workbench queue: what this viewer may see, filtered and searched, soonest due first.</summary>
    public static async Task<(List<OrderSummary> Rows, int Total)> QueueAsync(LetterStudioDbContext db, Viewer viewer, QueueFilter filter, CancellationToken ct = default)
    {
        var orders = db.Orders.AsNoTracking();
        var scope = filter.Scope == QueueScope.All && !viewer.IsAdmin ? QueueScope.Open : filter.Scope;
        orders = scope switch
        {
            QueueScope.Mine => orders.Where(o => o.AssignedWriter == viewer.UserName),
            QueueScope.Unassigned => orders.Where(o => o.AssignedWriter == null),
            QueueScope.All => orders,
            _ => orders.Where(o => o.AssignedWriter == null || o.AssignedWriter == viewer.UserName),
        };
        if (scope != QueueScope.All && filter.Status is null)
            orders = orders.Where(o => o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Mailed);
        if (filter.Status is { } status) orders = orders.Where(o => o.Status == status);
        if (!string.IsNullOrWhiteSpace(filter.Occasion)) orders = orders.Where(o => o.OccasionKey == filter.Occasion);

        var joined = from o in orders
                     join c in db.Customers on o.CustomerId equals c.Id
                     join r in db.Recipients on o.RecipientId equals r.Id
                     join oc in db.Occasions on o.OccasionKey equals oc.Key
                     select new { o.Id, o.Status, o.RequestedDeliveryDate, Occasion = oc.Name, Customer = c.Name, Recipient = r.Name, o.AssignedWriter };
        if (filter.Search?.Trim() is { Length: > 0 } term)
        {
            var id = ParseReference(term);
            var like = $"%{term.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            // Searching ignores case: SQLite's LIKE and SQL Server's default collation do; PostgreSQL's LIKE does not, ILIKE does.
            joined = db is PostgresLetterStudioDbContext
                ? joined.Where(x => x.Id == id || EF.Functions.ILike(x.Customer, like, "\\") || EF.Functions.ILike(x.Recipient, like, "\\") || EF.Functions.ILike(x.Occasion, like, "\\"))
                : joined.Where(x => x.Id == id || EF.Functions.Like(x.Customer, like, "\\") || EF.Functions.Like(x.Recipient, like, "\\") || EF.Functions.Like(x.Occasion, like, "\\"));
        }
        var rows = joined.OrderBy(x => x.RequestedDeliveryDate).ThenBy(x => x.Id)
            .Select(x => new OrderSummary(x.Id, x.Status, x.RequestedDeliveryDate, x.Occasion, x.Customer, x.Recipient, x.AssignedWriter));
        var total = await rows.CountAsync(ct);
        var page = Math.Max(1, filter.Page);
        var list = await rows.Skip((page - 1) * QueueFilter.PageSize).Take(QueueFilter.PageSize).ToListAsync(ct);
        return (list, total);
    }

    private static IQueryable<OrderSummary> Summaries(LetterStudioDbContext db, IQueryable<Order> orders) =>
        from o in orders
        join c in db.Customers on o.CustomerId equals c.Id
        join r in db.Recipients on o.RecipientId equals r.Id
        join oc in db.Occasions on o.OccasionKey equals oc.Key
        orderby o.RequestedDeliveryDate, o.Id
        select new OrderSummary(o.Id, o.Status, o.RequestedDeliveryDate, oc.Name, c.Name, r.Name, o.AssignedWriter);

    /// <summary>"LS-000042", "ls-42" or "42" find order 42.</summary>
    private static int ParseReference(string term)
    {
        var digits = term.StartsWith("LS-", StringComparison.OrdinalIgnoreCase) ? term[3..] : term;
        return int.TryParse(digits, out var id) ? id : -1;
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
            history, letter?.CurrentRevisionNumber, letter?.Text, order.CustomerId, order.RecipientId, order.OccasionKey);
    }
}
