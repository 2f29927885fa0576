using LetterStudio.Application.Orders;
using LetterStudio.Domain.Orders;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data.Tests.Orders;

[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class OrderQueriesTests(TestProvider provider)
{
    [Test]
    public async Task The_list_is_sorted_by_delivery_date_and_filters_by_status()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        await using var db = database.Open();

        var all = await OrderQueries.ListAsync(db, null);
        var drafting = await OrderQueries.ListAsync(db, OrderStatus.Drafting);

        Assert.That(all, Has.Count.EqualTo(6));
        Assert.That(all.Select(o => o.Due), Is.Ordered);
        Assert.That(drafting.Select(o => o.Status), Is.All.EqualTo(OrderStatus.Drafting));
        Assert.That(drafting.Single().RecipientName, Is.EqualTo("Priya Raman"));
    }

    [Test]
    public async Task Listing_orders_never_reads_the_pdf_table()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        await using var db = database.Open();
        // The list's SQL must not touch LetterDocuments, where the PDF bytes live.
        var query = db.Orders.AsNoTracking().Select(o => o.Id);
        Assert.That(query.ToQueryString(), Does.Not.Contain("LetterDocuments"));

        var rows = await OrderQueries.ListAsync(db, null);
        var entities = db.ChangeTracker.Entries().ToList();

        Assert.That(rows, Is.Not.Empty);
        Assert.That(entities, Is.Empty, "the list is a projection: nothing is tracked, no revision or document loaded");
    }

    [Test]
    public async Task An_order_detail_carries_history_anecdotes_and_the_current_letter()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        await using var db = database.Open();
        var id = await db.Orders.Where(o => o.Status == OrderStatus.Drafting).Select(o => o.Id).SingleAsync();

        var detail = await OrderQueries.DetailAsync(db, id);

        Assert.That(detail, Is.Not.Null);
        Assert.That(detail!.History.Select(h => h.To), Is.EqualTo(new[] { OrderStatus.Received, OrderStatus.Assigned, OrderStatus.Drafting }));
        Assert.That(detail.Anecdotes.Single().Text, Does.Contain("Dog Mountain"));
        Assert.That(detail.LetterText, Does.StartWith("Hey P,"));
        Assert.That(await OrderQueries.DetailAsync(db, 99_999), Is.Null);
    }

    [Test]
    public async Task Searching_the_queue_ignores_case_on_every_provider()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        await using var db = database.Open();
        var admin = new Viewer("admin@letterstudio.test", IsAdmin: true);

        var (lower, _) = await OrderQueries.QueueAsync(db, admin, new QueueFilter(QueueScope.All, Search: "priya"));
        var (upper, _) = await OrderQueries.QueueAsync(db, admin, new QueueFilter(QueueScope.All, Search: "PRIYA RAMAN"));

        Assert.That(lower.Select(o => o.RecipientName), Is.Not.Empty.And.All.EqualTo("Priya Raman"));
        Assert.That(upper.Select(o => o.Id), Is.EqualTo(lower.Select(o => o.Id)));
    }
}
