using LetterStudio.Application.Orders;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data.Tests.Orders;

[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class PlaceOrderTests(TestProvider provider)
{
    private static async Task<(int Customer, int Recipient, int OtherRecipient, int Anecdote, int OtherAnecdote)> IdsAsync(LetterStudioDbContext db)
    {
        var customers = await db.Customers.Include(c => c.Recipients).OrderBy(c => c.Id).ToListAsync();
        var mine = customers[0];
        var theirs = customers[1];
        var anecdote = await db.Anecdotes.Where(a => a.CustomerId == mine.Id).Select(a => a.Id).FirstAsync();
        var other = await db.Anecdotes.Where(a => a.CustomerId == theirs.Id).Select(a => a.Id).FirstAsync();
        return (mine.Id, mine.Recipients[0].Id, theirs.Recipients[0].Id, anecdote, other);
    }

    private static OrderDetails Details((int Customer, int Recipient, int OtherRecipient, int Anecdote, int OtherAnecdote) ids, string? key = "k-1") =>
        new(ids.Customer, ids.Recipient, "birthday", "Happy birthday.", null, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30), 3000, "GBP", false, key, [ids.Anecdote]);

    [Test]
    public async Task The_same_idempotency_key_returns_the_first_order_and_places_no_other()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        await using var db = database.Open();
        var ids = await IdsAsync(db);
        var before = await db.Orders.CountAsync();

        var (first, created) = await new PlaceOrder(db, TimeProvider.System, LetterStudio.Domain.Common.Printability.TextOnly).HandleAsync(Details(ids), "c");
        var (again, createdAgain) = await new PlaceOrder(db, TimeProvider.System, LetterStudio.Domain.Common.Printability.TextOnly).HandleAsync(Details(ids), "c");

        Assert.That(created, Is.True);
        Assert.That(createdAgain, Is.False);
        Assert.That(again.Id, Is.EqualTo(first.Id));
        Assert.That(await db.Orders.CountAsync(), Is.EqualTo(before + 1));
    }

    [Test]
    public async Task A_recipient_from_another_customers_address_book_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        await using var db = database.Open();
        var ids = await IdsAsync(db);
        var before = await db.Orders.CountAsync();

        var ex = Assert.ThrowsAsync<DomainValidationException>(() =>
            new PlaceOrder(db, TimeProvider.System, LetterStudio.Domain.Common.Printability.TextOnly).HandleAsync(Details(ids) with { RecipientId = ids.OtherRecipient }, "c"));

        Assert.That(ex!.Field, Is.EqualTo("RecipientId"));
        Assert.That(await db.Orders.CountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Another_customers_anecdote_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        await using var db = database.Open();
        var ids = await IdsAsync(db);

        var ex = Assert.ThrowsAsync<DomainValidationException>(() =>
            new PlaceOrder(db, TimeProvider.System, LetterStudio.Domain.Common.Printability.TextOnly).HandleAsync(Details(ids) with { AnecdoteIds = [ids.OtherAnecdote] }, "c"));

        Assert.That(ex!.Field, Is.EqualTo("AnecdoteIds"));
    }

    [Test]
    public async Task An_unknown_occasion_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        await using var db = database.Open();
        var ids = await IdsAsync(db);

        var ex = Assert.ThrowsAsync<DomainValidationException>(() =>
            new PlaceOrder(db, TimeProvider.System, LetterStudio.Domain.Common.Printability.TextOnly).HandleAsync(Details(ids) with { OccasionKey = "bar-mitzvah" }, "c"));

        Assert.That(ex!.Field, Is.EqualTo("OccasionKey"));
    }

    [Test]
    public async Task A_past_delivery_date_writes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        await using var db = database.Open();
        var ids = await IdsAsync(db);
        var before = await db.Orders.CountAsync();

        var ex = Assert.ThrowsAsync<DomainValidationException>(() =>
            new PlaceOrder(db, TimeProvider.System, LetterStudio.Domain.Common.Printability.TextOnly).HandleAsync(Details(ids, key: null) with { RequestedDeliveryDate = new DateOnly(2020, 1, 1) }, "c"));

        Assert.That(ex!.Field, Is.EqualTo("RequestedDeliveryDate"));
        await using var check = database.Open();
        Assert.That(await check.Orders.CountAsync(), Is.EqualTo(before));
    }
}
