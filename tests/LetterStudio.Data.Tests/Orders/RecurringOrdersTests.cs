using LetterStudio.Application.Mail;
using LetterStudio.Application.Orders;
using LetterStudio.Application.Orders.Portal;
using LetterStudio.Data.Mail;
using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Orders;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LetterStudio.Data.Tests.Orders;

[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class RecurringOrdersTests(TestProvider provider)
{
    /// <summary>The studio's clock, moved on by hand.</summary>
    private sealed class MovableTime(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static RecurringOrders Recurring(LetterStudioDbContext db, TimeProvider time, int leadWeeks = 6) =>
        new(db, new PlaceOrder(db, time, LetterStudio.Domain.Common.Printability.TextOnly), new MailOutbox(db, time), Options.Create(new RecurringOptions { LeadWeeks = leadWeeks }),
            Options.Create(new PriceList()), time);

    private static async Task<int> YearlyOrderAsync(TestDatabase database, MovableTime time, DateOnly due)
    {
        await using var db = database.Open();
        var customer = await db.Customers.FirstAsync(c => c.Email == "eleanor@example.com");
        var james = await db.Recipients.FirstAsync(r => r.CustomerId == customer.Id && r.Name.StartsWith("James"));
        var old = await db.Anecdotes.Where(a => a.CustomerId == customer.Id).Select(a => a.Id).FirstAsync();
        var (order, _) = await new PlaceOrder(db, time, LetterStudio.Domain.Common.Printability.TextOnly).HandleAsync(new OrderDetails(customer.Id, james.Id, "birthday", "His birthday, every year.", null,
            due, 4500, "GBP", true, null, [old], RepeatsYearly: true), "eleanor@example.com");
        return order.Id;
    }

    [Test]
    public async Task Next_years_order_is_made_weeks_before_the_date_with_the_memories_added_since_and_the_customer_is_told()
    {
        var time = new MovableTime(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true, time);
        var first = await YearlyOrderAsync(database, time, new DateOnly(2026, 4, 10));
        int newMemory;
        await using (var db = database.Open())
        {
            var order = await db.Orders.SingleAsync(o => o.Id == first);
            var memory = new Anecdote(order.CustomerId, order.RecipientId, "He taught the grandchildren to fly a kite.", null, "summer 2026", null,
                AnecdoteAuthor.Customer, "eleanor@example.com", new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero));
            db.Anecdotes.Add(memory);
            await db.SaveChangesAsync();
            newMemory = memory.Id;
        }

        time.Now = new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero); // ten weeks before: too early
        await using (var db = database.Open())
            Assert.That(await Recurring(db, time).CreateDueAsync(), Is.Empty);

        time.Now = new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero); // under six weeks before
        IReadOnlyList<Order> made;
        await using (var db = database.Open())
            made = await Recurring(db, time).CreateDueAsync();

        Assert.That(made, Has.Count.EqualTo(1));
        await using var check = database.Open();
        var next = await check.Orders.Include(o => o.Anecdotes).SingleAsync(o => o.RepeatOfOrderId == first);
        Assert.That(next.RequestedDeliveryDate, Is.EqualTo(new DateOnly(2027, 4, 10)));
        Assert.That((next.Status, next.RepeatsYearly, next.OccasionKey), Is.EqualTo((OrderStatus.Received, true, "birthday")));
        Assert.That(next.Anecdotes.Select(a => a.AnecdoteId), Is.EquivalentTo(new[] { newMemory }), "only the memories added since last year's order");
        var mail = await check.OutboundMail.OrderByDescending(m => m.Id).FirstAsync();
        Assert.That((mail.To, mail.Subject), Is.EqualTo(("eleanor@example.com", $"This year's letter to {await check.Recipients.Where(r => r.Id == next.RecipientId).Select(r => r.CalledBy).SingleAsync()} is on its way ({next.Reference})")));
    }

    [Test]
    public async Task Running_twice_or_from_two_processes_makes_one_repeat()
    {
        var time = new MovableTime(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true, time);
        var first = await YearlyOrderAsync(database, time, new DateOnly(2026, 4, 10));
        time.Now = new DateTimeOffset(2027, 3, 20, 9, 0, 0, TimeSpan.Zero);

        await using (var a = database.Open())
        await using (var b = database.Open())
            await Task.WhenAll(Recurring(a, time).CreateDueAsync(), Recurring(b, time).CreateDueAsync());
        await using (var again = database.Open())
            Assert.That(await Recurring(again, time).CreateDueAsync(), Is.Empty);

        await using var check = database.Open();
        Assert.That(await check.Orders.CountAsync(o => o.RepeatOfOrderId == first), Is.EqualTo(1));
        Assert.That(await check.OutboundMail.CountAsync(m => m.Subject.StartsWith("This year's letter")), Is.EqualTo(1));
    }

    [Test]
    public async Task A_cancelled_or_stopped_yearly_letter_is_not_repeated()
    {
        var time = new MovableTime(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true, time);
        var stopped = await YearlyOrderAsync(database, time, new DateOnly(2026, 4, 10));
        var cancelled = await YearlyOrderAsync(database, time, new DateOnly(2026, 4, 12));
        await using (var db = database.Open())
        {
            (await db.Orders.SingleAsync(o => o.Id == stopped)).SetRepeatsYearly(false, time.Now);
            (await db.Orders.Include(o => o.History).SingleAsync(o => o.Id == cancelled)).MoveTo(OrderStatus.Cancelled, "eleanor@example.com", time.Now, "Changed plans");
            await db.SaveChangesAsync();
        }
        time.Now = new DateTimeOffset(2027, 3, 20, 9, 0, 0, TimeSpan.Zero);

        await using var run = database.Open();
        Assert.That(await Recurring(run, time).CreateDueAsync(), Is.Empty);
    }
}
