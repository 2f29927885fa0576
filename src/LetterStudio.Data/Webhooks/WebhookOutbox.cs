using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace LetterStudio.Data.Webhooks;

/// <summary>
/// Turns every status change being saved into one delivery per active endpoint of the order's customer.
/// <see cref="LetterStudioDbContext"/> calls it on every save, so no code path (desk, portal, API, CLI,
/// print jobs) has to remember to; the deliveries are written in the same transaction as the change.
/// </summary>
internal sealed class WebhookOutbox
{
    private readonly List<(Order Order, OrderStatusChange Change)> _changes;
    private readonly ILookup<int, int> _endpointsByCustomer;

    private WebhookOutbox(List<(Order Order, OrderStatusChange Change)> changes, ILookup<int, int> endpoints)
    {
        _changes = changes;
        _endpointsByCustomer = endpoints;
    }

    /// <summary>True when an order among the changes is new, so its id (in the payload) exists only after it is inserted.</summary>
    public bool NeedsOrderIds => _changes.Any(c => c.Order.Id <= 0);

    /// <summary>The status changes among the tracked entries whose customer has an active endpoint; null when there are none.</summary>
    public static async Task<WebhookOutbox?> CollectAsync(LetterStudioDbContext db, CancellationToken ct)
    {
        var changes = Added(db.ChangeTracker);
        if (changes.Count == 0) return null;
        var customers = changes.Select(c => c.Order.CustomerId).Distinct().ToList();
        var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => e.Active && customers.Contains(e.CustomerId))
            .Select(e => new { e.CustomerId, e.Id }).ToListAsync(ct);
        return endpoints.Count == 0 ? null : new WebhookOutbox(changes, endpoints.ToLookup(e => e.CustomerId, e => e.Id));
    }

    public static WebhookOutbox? Collect(LetterStudioDbContext db)
    {
        var changes = Added(db.ChangeTracker);
        if (changes.Count == 0) return null;
        var customers = changes.Select(c => c.Order.CustomerId).Distinct().ToList();
        var endpoints = db.WebhookEndpoints.AsNoTracking().Where(e => e.Active && customers.Contains(e.CustomerId))
            .Select(e => new { e.CustomerId, e.Id }).ToList();
        return endpoints.Count == 0 ? null : new WebhookOutbox(changes, endpoints.ToLookup(e => e.CustomerId, e => e.Id));
    }

    /// <summary>Adds the deliveries; call once the orders have their ids.</summary>
    public void Enqueue(LetterStudioDbContext db)
    {
        foreach (var (order, change) in _changes)
        {
            // One event id per change, the same for each endpoint, created when the change happened.
            var e = WebhookEvent.StatusChanged(order.Id, order.IsTest, change, change.At);
            foreach (var endpointId in _endpointsByCustomer[order.CustomerId])
                db.WebhookDeliveries.Add(new WebhookDelivery(endpointId, e));
        }
    }

    private static List<(Order Order, OrderStatusChange Change)> Added(ChangeTracker tracker)
    {
        var added = new List<(Order Order, OrderStatusChange Change)>();
        foreach (var entry in tracker.Entries<Order>())
        {
            if (entry.State is EntityState.Deleted or EntityState.Detached) continue;
            foreach (var change in entry.Entity.History)
                // A line with no move (the desk changing the look) is history for people, not a status event for webhooks.
                if (change.From != change.To && tracker.Context.Entry(change).State == EntityState.Added)
                    added.Add((entry.Entity, change));
        }
        return added;
    }
}
