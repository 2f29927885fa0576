using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace LetterStudio.Data.Caching;

/// <summary>
/// Keeps <see cref="CacheStamp"/> rows current. <see cref="Bump"/> runs inside every save, after changes are detected:
/// it looks at the entries being saved and sets the stamps of the customers whose keys or order statuses change, as one
/// more UPDATE in the same batch and transaction. A save that fails rolls its stamp back with it; a save that commits
/// makes every node's cached answers for that customer stale from that moment.
/// </summary>
public static class CacheStamps
{
    /// <summary>A customer's stamps, or null for a customer without a row (then nothing of theirs is cached).</summary>
    public static readonly CompiledPerModel<Func<LetterStudioDbContext, int, Task<CustomerStamps?>>> Read = new(() => EF.CompileAsyncQuery(
        (LetterStudioDbContext db, int customerId) => db.Set<CacheStamp>().AsNoTracking().Where(s => s.CustomerId == customerId)
            .Select(s => (CustomerStamps?)new CustomerStamps(s.Keys, s.Orders)).SingleOrDefault()));

    internal static long Fresh() => Random.Shared.NextInt64(long.MinValue, long.MaxValue);

    /// <summary>Marks a customer's keys and orders changed, for changes saved around the change tracker (ExecuteDelete).</summary>
    public static void Touch(LetterStudioDbContext db, int customerId, bool keys = true, bool orders = true)
    {
        var stamp = Tracked(db, customerId);
        if (keys) stamp.Property(s => s.Keys).CurrentValue = Fresh();
        if (orders) stamp.Property(s => s.Orders).CurrentValue = Fresh();
    }

    internal static void Bump(LetterStudioDbContext db)
    {
        HashSet<int> keys = [], orders = [];
        List<Customer> added = [];
        HashSet<int> gone = [];
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            switch (entry.Entity)
            {
                case Customer customer when entry.State == EntityState.Added:
                    added.Add(customer);
                    break;
                case Customer customer when entry.State == EntityState.Deleted:
                    // Their stamp row goes with them (cascade); writing it would match no row.
                    gone.Add(customer.Id);
                    break;
                case ApiKey key when entry.State != EntityState.Modified || entry.Property(nameof(ApiKey.RevokedAt)).IsModified:
                    keys.Add(key.CustomerId);
                    break;
                case Order order when entry.State != EntityState.Modified || entry.Property(nameof(Order.Status)).IsModified:
                    orders.Add(order.CustomerId);
                    break;
            }
        }
        foreach (var customer in added) db.Add(new CacheStamp(customer));
        // A customer saved in this same batch has no id yet (0) and has just been given fresh stamps above.
        foreach (var id in keys) if (id > 0 && !gone.Contains(id)) Touch(db, id, keys: true, orders: false);
        foreach (var id in orders) if (id > 0 && !gone.Contains(id)) Touch(db, id, keys: false, orders: true);
    }

    private static EntityEntry<CacheStamp> Tracked(LetterStudioDbContext db, int customerId)
    {
        // Attached as unchanged with only its key: setting a stamp then writes an UPDATE of that column alone, with no read first.
        var stamps = db.Set<CacheStamp>();
        return stamps.Local.FindEntry(customerId) ?? stamps.Attach(new CacheStamp(customerId));
    }
}
