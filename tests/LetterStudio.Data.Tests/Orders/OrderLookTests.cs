using LetterStudio.Application.Mail;
using LetterStudio.Application.Orders;
using LetterStudio.Application.Orders.Portal;
using LetterStudio.Data.Mail;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LetterStudio.Data.Tests.Orders;

/// <summary>The look belongs to the order: a later order, or the profile it updates, never changes an earlier one.</summary>
[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class OrderLookTests(TestProvider provider)
{
    private const string Eleanor = "eleanor@example.com";
    private static readonly DateOnly Due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

    private static CustomerOrdering Ordering(LetterStudioDbContext db) =>
        new(db, new PlaceOrder(db, TimeProvider.System, Printability.TextOnly), new MailOutbox(db, TimeProvider.System),
            Options.Create(new PriceList()), TimeProvider.System, Printability.TextOnly);

    private static async Task<Order> PlaceAsync(TestDatabase database, LetterLook look, string key)
    {
        await using var db = database.Open();
        var customer = await db.Customers.SingleAsync(c => c.Email == Eleanor);
        var james = await db.Recipients.FirstAsync(r => r.CustomerId == customer.Id && r.Name.StartsWith("James"));
        var (order, created) = await Ordering(db).PlaceAsync(customer.Id, Eleanor, new CustomerOrderRequest(james.Id, "birthday", "For his birthday.", null, [], [],
            look, Due, WantsProof: true, Envelope: true, RepeatsYearly: false, key));
        Assert.That(created, Is.True);
        return order;
    }

    [Test]
    public async Task Ordering_a_second_letter_in_breip_on_a_5x7_card_leaves_the_first_in_kristi_on_a5()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        var a = await PlaceAsync(database, LetterLook.Create("kristi", 17.5, "#1B2A4A", Stationery.Plain, PaperSize.A5), "order-a");

        var b = await PlaceAsync(database, LetterLook.Create("breip", 20, "#5B3A1E", Stationery.Ruled, PaperSize.Card5x7), "order-b");

        await using var db = database.Open();
        var orders = await db.Orders.AsNoTracking().Where(o => o.Id == a.Id || o.Id == b.Id).ToDictionaryAsync(o => o.Id);
        var customerId = orders[a.Id].CustomerId;
        var profile = await db.StyleProfiles.AsNoTracking().Where(p => p.CustomerId == customerId).OrderByDescending(p => p.Version).Select(p => p.Look).FirstAsync();
        Assert.Multiple(() =>
        {
            Assert.That((orders[a.Id].Look.FontId, orders[a.Id].Look.Paper, orders[a.Id].Look.InkColour), Is.EqualTo(("kristi", PaperSize.A5, "#1B2A4A")));
            Assert.That(orders[a.Id].PriceCents, Is.EqualTo(3500 + 250), "A5 and an envelope, as it was priced");
            Assert.That((orders[b.Id].Look.FontId, orders[b.Id].Look.Paper, orders[b.Id].Look.Stationery), Is.EqualTo(("breip", PaperSize.Card5x7, Stationery.Ruled)));
            Assert.That(orders[b.Id].PriceCents, Is.EqualTo(2500 + 250));
            Assert.That((profile.FontId, profile.Paper), Is.EqualTo(("breip", PaperSize.Card5x7)), "the profile holds the default for the next order");
        });
    }

    [Test]
    public async Task The_confirmation_mail_says_what_was_ordered_in_html_and_in_plain_text()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        var order = await PlaceAsync(database, LetterLook.Create("breip", 20, "#5B3A1E", Stationery.Ruled, PaperSize.Card5x7), "mail");

        await using var db = database.Open();
        var mail = await db.OutboundMail.AsNoTracking().Where(m => m.To == Eleanor).OrderByDescending(m => m.Id).FirstAsync();
        Assert.Multiple(() =>
        {
            Assert.That(mail.Subject, Does.Contain(order.Reference));
            foreach (var said in new[] { "Breip", "sepia ink", "5×7 card", "ruled", "Addressed by hand", "proof", "27.50 GBP", "For his birthday." })
            {
                Assert.That(mail.TextBody, Does.Contain(said), "text: " + said);
                Assert.That(System.Net.WebUtility.HtmlDecode(mail.HtmlBody!), Does.Contain(said), "html: " + said);
            }
        });
    }

    [Test]
    public async Task The_desk_changes_one_orders_look_with_a_history_line_and_a_stale_change_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        var a = await PlaceAsync(database, LetterLook.Create("kristi", 17.5, "#1B2A4A", Stationery.Plain, PaperSize.A5), "a");
        var b = await PlaceAsync(database, LetterLook.Create("kristi", 17.5, "#1B2A4A", Stationery.Plain, PaperSize.A5), "b");
        var admin = new Viewer("admin@letterstudio.test", IsAdmin: true);
        var breip = LetterLook.Create("breip", 20, "#1F3FA6", Stationery.Plain, PaperSize.A4);

        int version;
        await using (var db = database.Open())
            version = await new ChangeOrderLook(db, TimeProvider.System).HandleAsync(a.Id, a.Version, breip, admin);
        await using (var db = database.Open())
            Assert.ThrowsAsync<ConcurrencyConflictException>(() => new ChangeOrderLook(db, TimeProvider.System)
                .HandleAsync(a.Id, a.Version, LetterLook.Default, admin));

        await using var check = database.Open();
        var changed = await check.Orders.AsNoTracking().Include(o => o.History).SingleAsync(o => o.Id == a.Id);
        var other = await check.Orders.AsNoTracking().SingleAsync(o => o.Id == b.Id);
        Assert.Multiple(() =>
        {
            Assert.That(version, Is.GreaterThan(a.Version));
            Assert.That((changed.Look.FontId, changed.Look.Paper), Is.EqualTo(("breip", PaperSize.A4)), "the stale change did not overwrite it");
            Assert.That(changed.History.Last().Reason, Does.StartWith("Look changed: breip"));
            Assert.That(changed.History.Last().From, Is.EqualTo(changed.History.Last().To), "a history line, not a status move");
            Assert.That(other.Look.FontId, Is.EqualTo("kristi"), "the customer's other order keeps its look");
        });
    }
}
