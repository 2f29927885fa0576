using LetterStudio.Domain.Customers;

namespace LetterStudio.Data.Caching;

/// <summary>
/// A customer's change counters, one row per customer, read by the nodes' caches: <see cref="Keys"/> changes whenever one of
/// their API keys is made, revoked or deleted, <see cref="Orders"/> whenever one of their orders is placed, deleted or
/// changes status. Each is set to a fresh random value in the same transaction as the change (<see cref="CacheStamps"/>),
/// never incremented from a value read, so two nodes changing one customer at once cannot write the same value and a
/// reader can only ever see a stamp it has not cached under.
/// </summary>
public sealed class CacheStamp
{
    public int CustomerId { get; private set; }
    public long Keys { get; internal set; }
    public long Orders { get; internal set; }
    internal Customer? Customer { get; private set; }

    private CacheStamp() { }

    internal CacheStamp(int customerId) => CustomerId = customerId;

    internal CacheStamp(Customer customer)
    {
        Customer = customer;
        Keys = CacheStamps.Fresh();
        Orders = CacheStamps.Fresh();
    }
}
