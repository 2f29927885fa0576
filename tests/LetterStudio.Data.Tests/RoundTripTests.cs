using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Letters;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data.Tests;

[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class RoundTripTests(TestProvider provider)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 30, 0, TimeSpan.Zero);

    [Test]
    public async Task Everything_an_order_holds_comes_back_from_the_database_as_it_was_saved()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int orderId, customerId, recipientId, profileId;
        await using (var db = database.Open())
        {
            var customer = new Customer("Ann Example", "ann@example.com", PostalAddress.Create("1 High St", "Flat 2", "Bath", null, "BA1 1AA", "GB"), Now);
            var recipient = customer.AddRecipient("Robert Example", "Bobby", "husband", PostalAddress.Create("1 High St", null, "Bath", null, "BA1 1AA", "GB"));
            db.Customers.Add(customer);
            await db.SaveChangesAsync();
            var anecdote = new Anecdote(customer.Id, recipient.Id, "We met at a <b>dance</b> 💃 in שלום town.", null, "summer 2019", ["Dance", "first-meeting"], AnecdoteAuthor.Writer, "w@studio", Now);
            db.Anecdotes.Add(anecdote);
            var profile = StyleProfile.Create(customer.Id, new StyleProfileDraft("Dry wit.", 2, 5, Humour.Wry, SentenceLength.Short, ["darling"], ["awesome"],
                [new PetName(recipient.Id, "Bobby-bear")], "Hey {name},", "Love,", "Ann", LetterLook.Create("kristi", 17.5, "#112233", Stationery.Ruled, PaperSize.Letter)), "w@studio", Now);
            db.StyleProfiles.Add(profile);
            await db.SaveChangesAsync();
            var order = Order.Place(new OrderDetails(customer.Id, recipient.Id, "anniversary", "Ten years.", "Don't mention the car.", new DateOnly(2026, 12, 24), 5900, "EUR", true, "idem-1", [anecdote.Id]), "ann@example.com", Now);
            order.AssignTo("w@studio", "lead@studio", Now.AddMinutes(5));
            db.Orders.Add(order);
            await db.SaveChangesAsync();
            var letter = new Letter(order.Id, Now);
            letter.AddRevision(new RevisionDraft("Hey Bobby-bear,\n\nTen years.\n\nLove,\nAnn", RevisionSource.Model, "w@studio", "gpt-4o-mini", new string('a', 64), profile.Id, [anecdote.Id], "first"), Now);
            db.Letters.Add(letter);
            await db.SaveChangesAsync();
            db.LetterDocuments.Add(new LetterDocument(letter.Id, 1, [1, 2, 3, 4], 1, "{\"font\":\"kristi\"}", Now));
            await db.SaveChangesAsync();
            (orderId, customerId, recipientId, profileId) = (order.Id, customer.Id, recipient.Id, profile.Id);
        }

        await using var read = database.Open();
        var c = await read.Customers.Include(x => x.Recipients).SingleAsync(x => x.Id == customerId);
        var a = await read.Anecdotes.SingleAsync();
        var p = await read.StyleProfiles.SingleAsync(x => x.Id == profileId);
        var o = await read.Orders.Include(x => x.History).Include(x => x.Anecdotes).SingleAsync(x => x.Id == orderId);
        var l = await read.Letters.Include(x => x.Revisions).SingleAsync(x => x.OrderId == orderId);
        var d = await read.LetterDocuments.SingleAsync();

        Assert.Multiple(() =>
        {
            Assert.That(c.Address!.Line2, Is.EqualTo("Flat 2"));
            Assert.That(c.Recipients.Single().CalledBy, Is.EqualTo("Bobby"));
            Assert.That(a.Text, Is.EqualTo("We met at a <b>dance</b> 💃 in שלום town."));
            Assert.That(a.Tags, Is.EqualTo(new[] { "dance", "first-meeting" }));
            Assert.That(a.HappenedWhen, Is.EqualTo("summer 2019"));
            Assert.That(a.AddedBy, Is.EqualTo(AnecdoteAuthor.Writer));
            Assert.That(p.PetNameFor(recipientId), Is.EqualTo("Bobby-bear"));
            Assert.That(p.Look.Stationery, Is.EqualTo(Stationery.Ruled));
            Assert.That(p.Look.FontSizePt, Is.EqualTo(17.5));
            Assert.That(p.WordsToAvoid, Is.EqualTo(new[] { "awesome" }));
            Assert.That(o.Status, Is.EqualTo(OrderStatus.Assigned));
            Assert.That(o.Avoid, Is.EqualTo("Don't mention the car."));
            Assert.That(o.RequestedDeliveryDate, Is.EqualTo(new DateOnly(2026, 12, 24)));
            Assert.That(o.History.Select(h => h.To), Is.EqualTo(new[] { OrderStatus.Received, OrderStatus.Assigned }));
            Assert.That(o.History[1].At, Is.EqualTo(Now.AddMinutes(5)));
            Assert.That(o.Anecdotes.Single().PickedByCustomer, Is.True);
            Assert.That(l.Current!.ModelName, Is.EqualTo("gpt-4o-mini"));
            Assert.That(l.Current.AnecdoteIds, Is.EqualTo(new[] { a.Id }));
            Assert.That(l.Current.StyleProfileId, Is.EqualTo(profileId));
            Assert.That(d.Pdf, Is.EqualTo(new byte[] { 1, 2, 3, 4 }));
            Assert.That(d.Sha256, Has.Length.EqualTo(64));
        });
    }

    [Test]
    public async Task Two_profile_versions_with_the_same_number_cannot_both_be_saved()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        await using var first = database.Open();
        await using var second = database.Open();
        var a = await first.StyleProfiles.OrderBy(p => p.Id).FirstAsync();
        var b = await second.StyleProfiles.OrderBy(p => p.Id).FirstAsync();
        first.StyleProfiles.Add(a.Revise(a.ToDraft() with { SignOff = "Yours," }, "one", Now));
        second.StyleProfiles.Add(b.Revise(b.ToDraft() with { SignOff = "Ever," }, "two", Now));

        await first.SaveChangesAsync();

        Assert.ThrowsAsync<LetterStudio.Data.ConcurrencyConflictException>(() => second.SaveOrConflictAsync("Style profile", b.CustomerId));
    }
}
