using LetterStudio.Application.Orders;
using LetterStudio.Domain.Letters;
using LetterStudio.Domain.Orders;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data.Tests.Orders;

[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class ConcurrencyTests(TestProvider provider)
{
    [Test]
    public async Task A_stale_save_of_an_order_is_refused_and_the_first_save_stands()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        await using var first = database.Open();
        await using var second = database.Open();
        var id = await first.Orders.Where(o => o.Status == OrderStatus.InReview).Select(o => o.Id).FirstAsync();
        var a = await first.Orders.SingleAsync(o => o.Id == id);
        var b = await second.Orders.SingleAsync(o => o.Id == id);

        a.MoveTo(OrderStatus.Approved, "customer", DateTimeOffset.UtcNow, "Lovely");
        await first.SaveOrConflictAsync("Order", id);
        b.MoveTo(OrderStatus.Drafting, "writer", DateTimeOffset.UtcNow, "One more pass");
        var ex = Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveOrConflictAsync("Order", id));

        Assert.That(ex!.Message, Does.Contain($"Order {id} was changed by someone else"));
        await using var check = database.Open();
        var saved = await check.Orders.Include(o => o.History).SingleAsync(o => o.Id == id);
        Assert.That(saved.Status, Is.EqualTo(OrderStatus.Approved));
        Assert.That(saved.History.Count(h => h.To == OrderStatus.Drafting && h.Reason == "One more pass"), Is.Zero, "the refused move left no history line");
    }

    [Test]
    public async Task Two_writers_saving_the_same_letter_cannot_both_win()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        await using var first = database.Open();
        await using var second = database.Open();
        var letterId = await first.Letters.Select(l => l.Id).FirstAsync();
        var a = await first.Letters.Include(l => l.Revisions).SingleAsync(l => l.Id == letterId);
        var b = await second.Letters.Include(l => l.Revisions).SingleAsync(l => l.Id == letterId);

        a.AddRevision(new RevisionDraft("Version from Ann", RevisionSource.Writer, "ann"), DateTimeOffset.UtcNow);
        await first.SaveChangesAsync();
        b.AddRevision(new RevisionDraft("Version from Bob", RevisionSource.Writer, "bob"), DateTimeOffset.UtcNow);

        var ex = Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveOrConflictAsync("Letter", letterId));
        Assert.That(ex!.Message, Does.Contain("Nothing was saved"));
        await using var check = database.Open();
        var saved = await check.Letters.Include(l => l.Revisions).SingleAsync(l => l.Id == letterId);
        Assert.That(saved.Current!.Text, Is.EqualTo("Version from Ann"));
        Assert.That(saved.Revisions.Select(r => r.Text), Does.Not.Contain("Version from Bob"));
    }

    [Test]
    public async Task Saving_twice_from_a_fresh_read_succeeds_each_time()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        var id = 0;
        foreach (var to in new[] { OrderStatus.Assigned, OrderStatus.Drafting, OrderStatus.InReview })
        {
            await using var db = database.Open();
            id = id == 0 ? await db.Orders.Where(o => o.Status == OrderStatus.Received).Select(o => o.Id).FirstAsync() : id;
            await new AdvanceOrder(db, TimeProvider.System).HandleAsync(id, to, "writer@studio", null);
        }

        await using var check = database.Open();
        var order = await check.Orders.SingleAsync(o => o.Id == id);
        Assert.That(order.Status, Is.EqualTo(OrderStatus.InReview));
        Assert.That(order.Version, Is.EqualTo(3));
    }
}
