using LetterStudio.Data.Seeding;
using LetterStudio.Domain.Orders;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data.Tests.Seeding;

[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class DemoStudioTests(TestProvider provider)
{
    [Test]
    public async Task The_demo_studio_has_customers_their_people_and_orders_in_several_states()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        await using var db = database.Open();

        Assert.That(await db.Customers.CountAsync(), Is.EqualTo(3));
        Assert.That(await db.Recipients.CountAsync(), Is.GreaterThanOrEqualTo(5));
        Assert.That(await db.Anecdotes.CountAsync(), Is.GreaterThanOrEqualTo(9));
        Assert.That(await db.StyleProfiles.CountAsync(), Is.EqualTo(3));
        var statuses = await db.Orders.Select(o => o.Status).Distinct().ToListAsync();
        Assert.That(statuses, Is.SupersetOf(new[] { OrderStatus.Received, OrderStatus.Assigned, OrderStatus.Drafting, OrderStatus.InReview, OrderStatus.Approved, OrderStatus.Cancelled }));
        Assert.That(await db.Orders.AllAsync(o => o.RequestedDeliveryDate >= DateOnly.FromDateTime(DateTime.UtcNow)), Is.True);
    }

    [Test]
    public async Task Seeding_twice_adds_nothing_the_second_time()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        await using var db = database.Open();
        var orders = await db.Orders.CountAsync();

        var seeded = await DemoStudio.SeedAsync(db, TimeProvider.System, demo: true);

        Assert.That(seeded, Is.False);
        Assert.That(await db.Orders.CountAsync(), Is.EqualTo(orders));
        Assert.That(await db.Occasions.CountAsync(), Is.EqualTo(8));
    }
}
