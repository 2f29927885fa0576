using LetterStudio.Data.Orders;
using LetterStudio.Domain.Orders;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data.Tests.Orders;

public class OrderQueriesTests
{
    [Test]
    public async Task The_list_is_sorted_by_delivery_date_and_filters_by_status()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(seedDemo: true);
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
        await using var database = await SqliteTestDatabase.CreateAsync(seedDemo: true);
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
        await using var database = await SqliteTestDatabase.CreateAsync(seedDemo: true);
        await using var db = database.Open();
        var id = await db.Orders.Where(o => o.Status == OrderStatus.Drafting).Select(o => o.Id).SingleAsync();

        var detail = await OrderQueries.DetailAsync(db, id);

        Assert.That(detail, Is.Not.Null);
        Assert.That(detail!.History.Select(h => h.To), Is.EqualTo(new[] { OrderStatus.Received, OrderStatus.Assigned, OrderStatus.Drafting }));
        Assert.That(detail.Anecdotes.Single().Text, Does.Contain("Dog Mountain"));
        Assert.That(detail.LetterText, Does.StartWith("Hey P,"));
        Assert.That(await OrderQueries.DetailAsync(db, 99_999), Is.Null);
    }
}
