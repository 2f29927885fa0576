using LetterStudio.Application.Orders;
using LetterStudio.Domain.Orders;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data.Tests.Orders;

[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class AdvanceOrderTests(TestProvider provider)
{
    [Test]
    public async Task A_move_and_its_history_line_are_written_together()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        int id;
        await using (var db = database.Open())
        {
            id = await db.Orders.Where(o => o.Status == OrderStatus.Received).Select(o => o.Id).FirstAsync();
            await new AdvanceOrder(db, TimeProvider.System).HandleAsync(id, OrderStatus.Assigned, "ann@studio", null);
        }

        await using var check = database.Open();
        var order = await check.Orders.Include(o => o.History).SingleAsync(o => o.Id == id);
        Assert.That(order.Status, Is.EqualTo(OrderStatus.Assigned));
        Assert.That(order.AssignedWriter, Is.EqualTo("ann@studio"));
        Assert.That(order.History[^1].From, Is.EqualTo(OrderStatus.Received));
        Assert.That(order.History[^1].Actor, Is.EqualTo("ann@studio"));
    }

    [Test]
    public async Task An_illegal_move_writes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        await using var db = database.Open();
        var id = await db.Orders.Where(o => o.Status == OrderStatus.Received).Select(o => o.Id).FirstAsync();
        var historyBefore = await db.OrderHistory.CountAsync();

        Assert.ThrowsAsync<IllegalTransitionException>(() => new AdvanceOrder(db, TimeProvider.System).HandleAsync(id, OrderStatus.Printed, "ops", null));

        await using var check = database.Open();
        Assert.That(await check.OrderHistory.CountAsync(), Is.EqualTo(historyBefore));
        Assert.That((await check.Orders.SingleAsync(o => o.Id == id)).Status, Is.EqualTo(OrderStatus.Received));
    }

    [Test]
    public async Task An_unknown_order_is_reported_by_id()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();

        var ex = Assert.ThrowsAsync<NotFoundException>(() => new AdvanceOrder(db, TimeProvider.System).HandleAsync(4242, OrderStatus.Assigned, "ops", null));

        Assert.That(ex!.Message, Is.EqualTo("Order 4242 was not found."));
    }
}
