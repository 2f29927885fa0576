using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LetterStudio.Data;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Letters;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Privacy;

/// <summary>
/// A customer erases their account from the portal (Daniel) or the API (Sophie): everything of theirs is gone from the
/// database, their orders stay for the accounts without a word about them, old cookies and keys stop working, and
/// Eleanor, who has a letter with a writer, is refused and untouched.
/// </summary>
public class ErasureTests
{
    private const string Daniel = "daniel@example.com", Sophie = "sophie@example.com";
    private StudioFactory factory = null!;
    private string danielKey = null!, sophieLive = null!, sophieTest = null!;
    private int danielId, sophieId, eleanorId;
    private string eleanorBefore = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = new StudioFactory();
        await factory.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var ids = await db.Customers.ToDictionaryAsync(c => c.Email, c => c.Id);
            (danielId, sophieId, eleanorId) = (ids[Daniel], ids[Sophie], ids[SignIn.Customer]);

            // Daniel: one letter posted (with its PDF), one cancelled, one nobody has started, one test order, a key and a webhook.
            var posted = await db.Orders.Include(o => o.History).SingleAsync(o => o.CustomerId == danielId && o.Status == OrderStatus.Drafting);
            foreach (var to in new[] { OrderStatus.InReview, OrderStatus.Approved, OrderStatus.Rendered, OrderStatus.Printed, OrderStatus.Mailed })
                posted.MoveTo(to, Daniel, now, $"moved by Daniel to {to}");
            var letter = await db.Letters.SingleAsync(l => l.OrderId == posted.Id);
            db.LetterDocuments.Add(new LetterDocument(letter.Id, letter.CurrentRevisionNumber, [1, 2, 3, 4], 1, "{}", now));
            var review = await db.Orders.SingleAsync(o => o.CustomerId == danielId && o.Status == OrderStatus.InReview);
            review.MoveTo(OrderStatus.Cancelled, Daniel, now, "Priya already knows, thanks");
            var priya = await db.Recipients.SingleAsync(r => r.Name == "Priya Raman");
            var danielCustomer = await db.Customers.Include(c => c.Recipients).SingleAsync(c => c.Id == danielId);
            var testPerson = danielCustomer.AddRecipient("Tess Testing", null, "test", PostalAddress.Create("1 Test Road", null, "Portland", "OR", "97205", "US"), isTest: true);
            await db.SaveChangesAsync();
            db.Orders.Add(Order.Place(new OrderDetails(danielId, priya.Id, "birthday", "Priya's birthday: mention the Gorge.", null, DateOnly.FromDateTime(now.UtcDateTime).AddDays(30), 4500, "USD", true, null, []), Daniel, now));
            db.Orders.Add(Order.Place(new OrderDetails(danielId, testPerson.Id, "birthday", "A test letter.", null, DateOnly.FromDateTime(now.UtcDateTime).AddDays(30), 4500, "USD", true, "t-1", [], IsTest: true), Daniel, now));
            var (dk, ds) = ApiKey.Create(danielId, "crm", false, now);
            var hook = WebhookEndpoint.Register(danielId, "https://hooks.example.com/daniel", "crm", false, now);
            hook.Deactivate();
            db.AddRange(dk, hook);
            // Daniel's own writing, the writer's notes on his voice, and how he writes to Priya.
            db.VoiceSamples.Add(new LetterStudio.Domain.Voice.VoiceSample(danielId, null, "Honestly, the Gorge at sunrise is the best thing I have seen all year.", LetterStudio.Domain.Voice.VoiceSampleSource.Pasted, false, Daniel, now));
            db.ClientVoices.Add(new LetterStudio.Domain.Voice.ClientVoice(danielId));
            priya.SetVoice(new RecipientVoice("Hey {name},", "Yours, always,", "Dan", "Danny", null));

            // Sophie: her approved letter cancelled, so nothing is in progress.
            var approved = await db.Orders.SingleAsync(o => o.CustomerId == sophieId && o.Status == OrderStatus.Approved);
            approved.MoveTo(OrderStatus.Cancelled, Sophie, now, "Lucas is closing the bakery");
            var (sl, sls) = ApiKey.Create(sophieId, "live", false, now);
            var (st, sts) = ApiKey.Create(sophieId, "test", true, now);
            db.AddRange(sl, st);
            await db.SaveChangesAsync();
            (danielKey, sophieLive, sophieTest) = (ds, sls, sts);
        });
        eleanorBefore = await SnapshotAsync(eleanorId);
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    /// <summary>Everything stored about one customer, as one string: equal before and after means untouched.</summary>
    private async Task<string> SnapshotAsync(int customerId)
    {
        var text = "";
        await factory.WithDbAsync(async db =>
        {
            var orders = await db.Orders.AsNoTracking().Where(o => o.CustomerId == customerId).OrderBy(o => o.Id)
                .Select(o => new { o.Id, o.Brief, o.Status, o.PriceCents }).ToListAsync();
            var orderIds = orders.Select(o => o.Id).ToList();
            text = JsonSerializer.Serialize(new
            {
                customer = await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => new { c.Name, c.Email, c.Address!.Line1 }).SingleAsync(),
                recipients = await db.Recipients.AsNoTracking().Where(r => r.CustomerId == customerId).OrderBy(r => r.Id).Select(r => new { r.Name, r.Address.Line1 }).ToListAsync(),
                memories = await db.Anecdotes.AsNoTracking().Where(a => a.CustomerId == customerId).OrderBy(a => a.Id).Select(a => a.Text).ToListAsync(),
                styles = await db.StyleProfiles.AsNoTracking().Where(p => p.CustomerId == customerId).Select(p => p.VoiceDescription + p.SignatureName).ToListAsync(),
                orders,
                letters = await db.LetterRevisions.AsNoTracking().Where(r => db.Letters.Any(l => l.Id == r.LetterId && orderIds.Contains(l.OrderId))).Select(r => r.Text).ToListAsync(),
                accounts = await db.Users.AsNoTracking().CountAsync(u => u.CustomerId == customerId),
            });
        });
        return text;
    }

    /// <summary>Checks, by querying each table, that nothing personal of this customer is left and the accounting facts are.</summary>
    private async Task AssertErasedAsync(int customerId, string email, string[] words, int liveOrders, long priceTotal)
    {
        await factory.WithDbAsync(async db =>
        {
            var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId);
            Assert.That(customer.Name, Is.EqualTo("Erased customer"));
            Assert.That(customer.Email, Does.EndWith("@erased.invalid"));
            Assert.That(customer.Address, Is.Null);
            Assert.That(await db.Anecdotes.CountAsync(a => a.CustomerId == customerId), Is.Zero, "memories");
            Assert.That(await db.VoiceSamples.CountAsync(v => v.CustomerId == customerId), Is.Zero, "voice samples");
            Assert.That(await db.ClientVoices.CountAsync(v => v.CustomerId == customerId), Is.Zero, "voice corrections");
            Assert.That(await db.ApiKeys.CountAsync(k => k.CustomerId == customerId), Is.Zero, "API keys");
            Assert.That(await db.WebhookEndpoints.CountAsync(e => e.CustomerId == customerId), Is.Zero, "webhooks");
            Assert.That(await db.Users.CountAsync(u => u.CustomerId == customerId || u.Email == email), Is.Zero, "sign-in account");
            Assert.That(await db.OutboundMail.CountAsync(m => m.To == email), Is.Zero, "mail to them");
            Assert.That(await db.Orders.CountAsync(o => o.CustomerId == customerId && o.IsTest), Is.Zero, "test orders");
            var recipients = await db.Recipients.AsNoTracking().Where(r => r.CustomerId == customerId).ToListAsync();
            Assert.That(recipients.Select(r => (r.Name, r.Address.Line1, r.Address.City, r.Address.PostalCode)),
                Has.All.EqualTo(("Erased recipient", "", "", "")), "recipients named by kept orders keep only their country");
            Assert.That(recipients.Select(r => r.Voice), Has.All.EqualTo(RecipientVoice.None), "how the client greeted them is erased too");
            var styles = await db.StyleProfiles.AsNoTracking().Where(p => p.CustomerId == customerId).ToListAsync();
            Assert.That(styles.Select(p => p.VoiceDescription + p.Salutation + p.SignOff + p.SignatureName + string.Join("", p.WordsToUse) + p.PetNames.Count), Has.All.EqualTo("0"));

            var orders = await db.Orders.AsNoTracking().Where(o => o.CustomerId == customerId).ToListAsync();
            Assert.That(orders, Has.Count.EqualTo(liveOrders), "live orders are kept for the accounts");
            Assert.That(orders.Sum(o => o.PriceCents), Is.EqualTo(priceTotal), "and still add up");
            Assert.That(orders.Select(o => o.Brief + o.Avoid + o.MergeFieldsJson), Has.All.Empty);
            Assert.That(orders, Has.None.Matches<Order>(o => o.RepeatsYearly || o.Status is not (OrderStatus.Mailed or OrderStatus.Cancelled)));
            var orderIds = orders.Select(o => o.Id).ToList();
            var letterIds = await db.Letters.Where(l => orderIds.Contains(l.OrderId)).Select(l => l.Id).ToListAsync();
            Assert.That(await db.LetterRevisions.Where(r => letterIds.Contains(r.LetterId)).Select(r => r.Text + r.Note).ToListAsync(), Has.All.Empty, "letter texts");
            Assert.That(await db.LetterDocuments.Where(d => letterIds.Contains(d.LetterId)).Select(d => d.Pdf.Length).ToListAsync(), Has.All.Zero, "PDFs");
            Assert.That(await db.Set<OrderAnecdote>().CountAsync(a => orderIds.Contains(a.OrderId)), Is.Zero);
            var history = await db.OrderHistory.AsNoTracking().Where(h => orderIds.Contains(h.OrderId)).ToListAsync();
            Assert.That(history, Is.Not.Empty, "the timeline stays");
            Assert.That(history.Select(h => h.Actor), Has.None.EqualTo(email));

            Assert.That(await db.AuditEntries.CountAsync(e => e.Actor == email || e.Subject == email), Is.Zero, "the audit log names them by number only");
            Assert.That(await db.AuditEntries.CountAsync(e => e.Action == "account erased" && e.Subject == $"customer #{customerId}"), Is.EqualTo(1));

            // Nothing they wrote survives anywhere in the stored text of the tables that held it.
            var everything = JsonSerializer.Serialize(new
            {
                r = await db.Recipients.AsNoTracking().Select(r => new { r.Name, r.CalledBy, r.Address }).ToListAsync(),
                a = await db.Anecdotes.AsNoTracking().Select(a => a.Text).ToListAsync(),
                o = await db.Orders.AsNoTracking().Select(o => o.Brief).ToListAsync(),
                h = await db.OrderHistory.AsNoTracking().Select(h => h.Reason + h.Actor).ToListAsync(),
                l = await db.LetterRevisions.AsNoTracking().Select(x => x.Text).ToListAsync(),
                s = await db.StyleProfiles.AsNoTracking().Select(p => p.VoiceDescription + p.SignatureName + p.CreatedBy).ToListAsync(),
                e = await db.AuditEntries.AsNoTracking().Select(e => e.Actor + e.Subject).ToListAsync(),
            });
            foreach (var word in words.Append(email))
                Assert.That(everything, Does.Not.Contain(word), $"'{word}' is still stored");
        });
    }

    private async Task<(int Count, long Total)> LiveOrdersAsync(int customerId)
    {
        var result = (0, 0L);
        await factory.WithDbAsync(async db =>
        {
            var live = db.Orders.Where(o => o.CustomerId == customerId && !o.IsTest);
            result = (await live.CountAsync(), await live.SumAsync(o => o.PriceCents));
        });
        return result;
    }

    [Test]
    public async Task A_customer_erases_their_account_from_the_portal_and_every_old_cookie_and_key_stops_working()
    {
        var (count, total) = await LiveOrdersAsync(danielId);
        var daniel = await SignIn.ClientForAsync(factory, Daniel);
        var otherDevice = await SignIn.ClientForAsync(factory, Daniel);
        var page = await Forms.GetAsync(daniel, "/my/account/erase");
        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("Erase your account"));
        Assert.That(page.Body!.TextContent, Does.Contain("What is kept, and why").And.Contain("Your memories (3)"));

        var wrong = await Forms.SubmitAsync(daniel, "/my/account/erase", "erase", new Dictionary<string, string> { ["Input.Password"] = "not-it" });
        Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Contain("That is not your password; nothing has been erased."));
        Assert.That(await SnapshotAsync(danielId), Does.Contain("Priya Raman"), "a wrong password erases nothing");

        var done = await Forms.SubmitAsync(daniel, "/my/account/erase", "erase", new Dictionary<string, string> { ["Input.Password"] = SignIn.DemoPassword });
        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await done.Content.ReadAsStringAsync(), Does.Contain("Your account has been erased."));

        await AssertErasedAsync(danielId, Daniel, ["Priya", "Walter Briggs", "Maple Avenue", "Dog Mountain", "away game", "science nerd", "Tess Testing", "the Gorge"], count, total);
        Assert.That(await SnapshotAsync(eleanorId), Is.EqualTo(eleanorBefore), "another customer is untouched");

        var again = await otherDevice.GetAsync("/my");
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "a cookie from another device is refused");
        Assert.That(again.Headers.Location!.OriginalString, Does.Contain("/account/login"));
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", danielKey);
        Assert.That((await api.GetAsync("/api/v1/orders")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the key is gone");
        Assert.That((await SignIn.PostLoginAsync(factory.CreateClient(new() { AllowAutoRedirect = false }), Daniel, SignIn.DemoPassword)).StatusCode,
            Is.Not.EqualTo(HttpStatusCode.Redirect), "the password no longer signs in");
    }

    [Test]
    public async Task A_live_key_erases_the_account_from_the_api_with_its_email_repeated_and_a_test_key_cannot()
    {
        var (count, total) = await LiveOrdersAsync(sophieId);
        var test = factory.CreateClient();
        test.DefaultRequestHeaders.Add("X-Api-Key", sophieTest);
        test.DefaultRequestHeaders.Add("Confirm-Erase", Sophie);
        Assert.That((await test.DeleteAsync("/api/v1/account")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        var live = factory.CreateClient();
        live.DefaultRequestHeaders.Add("X-Api-Key", sophieLive);
        var unconfirmed = await live.DeleteAsync("/api/v1/account");
        Assert.That(unconfirmed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await unconfirmed.Content.ReadAsStringAsync(), Does.Contain("Confirm-Erase"));
        Assert.That(await SnapshotAsync(sophieId), Does.Contain("Lucas Martin"), "nothing erased without the confirmation");

        live.DefaultRequestHeaders.Add("Confirm-Erase", Sophie.ToUpperInvariant());
        var erased = await live.DeleteAsync("/api/v1/account");
        Assert.That(erased.StatusCode, Is.EqualTo(HttpStatusCode.OK), await erased.Content.ReadAsStringAsync());
        var body = await erased.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("deleted").GetProperty("memories").GetInt32(), Is.EqualTo(1));
        Assert.That(body.GetProperty("anonymised").GetProperty("orders").GetInt32(), Is.EqualTo(count));

        await AssertErasedAsync(sophieId, Sophie, ["Lucas", "Lulu", "Hauptstra", "yellow kitchen", "Montmartre", "tiny flat", "des Tilleuls", "closing the bakery"], count, total);
        Assert.That(await SnapshotAsync(eleanorId), Is.EqualTo(eleanorBefore), "another customer is untouched");
        Assert.That((await live.DeleteAsync("/api/v1/account")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the key is refused afterwards");
    }

    [Test]
    public async Task A_customer_with_a_letter_in_progress_is_told_which_and_nothing_is_erased()
    {
        var eleanor = await SignIn.ClientForAsync(factory, SignIn.Customer);
        var page = await Forms.GetAsync(eleanor, "/my/account/erase");
        var alert = page.QuerySelector("[role=alert]")?.TextContent ?? "";
        Assert.That(alert, Does.Contain("LS-000002").And.Contain("with a writer"));
        Assert.That(page.QuerySelector("input[name=_handler][value=erase]"), Is.Null, "no erase form while a letter is on its way");

        string key = "";
        await factory.WithDbAsync(async db =>
        {
            var (k, secret) = ApiKey.Create(eleanorId, "erase-probe", false, DateTimeOffset.UtcNow);
            db.ApiKeys.Add(k);
            await db.SaveChangesAsync();
            key = secret;
        });
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", key);
        api.DefaultRequestHeaders.Add("Confirm-Erase", SignIn.Customer);
        var refused = await api.DeleteAsync("/api/v1/account");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("LS-000002 is with a writer"));
        await factory.WithDbAsync(async db =>
        {
            Assert.That(await db.Anecdotes.CountAsync(a => a.CustomerId == eleanorId), Is.EqualTo(5));
            Assert.That(await db.Users.CountAsync(u => u.CustomerId == eleanorId), Is.EqualTo(1));
            // Received order LS-000001 was not cancelled: a refused erasure changes nothing.
            Assert.That(await db.Orders.Where(o => o.Id == 1).Select(o => o.Status).SingleAsync(), Is.EqualTo(OrderStatus.Received));
        });
    }
}
