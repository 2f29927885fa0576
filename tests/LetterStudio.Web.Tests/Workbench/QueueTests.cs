using System.Net;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Workbench;

public class QueueTests
{
    private StudioFactory factory = null!;

    [SetUp]
    public void Start() => factory = new StudioFactory();

    [TearDown]
    public async Task Stop() => await factory.DisposeAsync();

    [Test]
    public async Task A_writer_sees_their_orders_and_unassigned_ones_but_not_another_writers()
    {
        var sam = await SignIn.ClientForAsync(factory, "writer2@letterstudio.test");

        var page = await Forms.GetAsync(sam, "/queue");

        var writers = page.QuerySelectorAll("table.orders tbody tr td:last-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.That(writers, Is.Not.Empty);
        Assert.That(writers, Is.All.EqualTo("Claim"), "only unassigned orders: every demo order in progress is Wren's");
    }

    [Test]
    public async Task Claiming_an_order_makes_it_the_writers_and_records_it()
    {
        var sam = await SignIn.ClientForAsync(factory, "writer2@letterstudio.test");
        var id = 0;
        await factory.WithDbAsync(async db => id = await db.Orders.Where(o => o.Status == OrderStatus.Received).Select(o => o.Id).FirstAsync());

        var response = await Forms.SubmitAsync(sam, "/queue", "claim", button: ("ClaimId", id.ToString()));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain($"LS-{id:D6} is yours."));
        await factory.WithDbAsync(async db =>
        {
            var order = await db.Orders.Include(o => o.History).SingleAsync(o => o.Id == id);
            Assert.That(order.AssignedWriter, Is.EqualTo("writer2@letterstudio.test"));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Assigned));
            Assert.That(order.History[^1].Actor, Is.EqualTo("writer2@letterstudio.test"));
        });
    }

    [Test]
    public async Task Claiming_an_order_someone_else_has_is_refused_with_their_name()
    {
        var sam = await SignIn.ClientForAsync(factory, "writer2@letterstudio.test");
        var wren = await SignIn.ClientForAsync(factory, SignIn.Writer);
        var id = 0;
        await factory.WithDbAsync(async db => id = await db.Orders.Where(o => o.Status == OrderStatus.Received).Select(o => o.Id).FirstAsync());
        // Sam loads the queue (the order is unassigned), then Wren claims it first.
        var samsForm = await Forms.GetAsync(sam, "/queue");
        Assert.That(samsForm.QuerySelector($"button[value='{id}']"), Is.Not.Null);
        await Forms.SubmitAsync(wren, "/queue", "claim", button: ("ClaimId", id.ToString()));

        var response = await Forms.SubmitAsync(sam, samsForm, "/queue", "claim", button: ("ClaimId", id.ToString()));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(html, Does.Contain($"already {SignIn.Writer}"));
    }

    [Test]
    public async Task Search_finds_orders_by_customer_recipient_or_reference()
    {
        var admin = await SignIn.ClientForAsync(factory, "admin@letterstudio.test");

        var byName = await Forms.GetAsync(admin, "/queue?scope=all&q=Priya");
        var byRef = await Forms.GetAsync(admin, "/queue?scope=all&q=LS-000001");

        Assert.That(byName.QuerySelectorAll("table.orders tbody tr").Select(r => r.TextContent), Is.All.Contain("Priya Raman"));
        Assert.That(byRef.QuerySelectorAll("table.orders tbody tr"), Has.Length.EqualTo(1));
        Assert.That(byRef.QuerySelector("table.orders tbody tr")!.TextContent, Does.Contain("LS-000001"));
    }

    [Test]
    public async Task Filters_by_occasion_and_status_narrow_the_queue()
    {
        var admin = await SignIn.ClientForAsync(factory, "admin@letterstudio.test");

        var page = await Forms.GetAsync(admin, "/queue?scope=all&occasion=thank-you&status=InReview");

        var rows = page.QuerySelectorAll("table.orders tbody tr");
        Assert.That(rows, Has.Length.EqualTo(1));
        Assert.That(rows[0].TextContent, Does.Contain("Thank you").And.Contain("In review"));
    }

    [Test]
    public async Task A_writer_cannot_open_another_writers_order()
    {
        var sam = await SignIn.ClientForAsync(factory, "writer2@letterstudio.test");
        var id = 0;
        await factory.WithDbAsync(async db => id = await db.Orders.Where(o => o.AssignedWriter == SignIn.Writer).Select(o => o.Id).FirstAsync());

        Assert.That((await sam.GetAsync($"/orders/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await sam.GetAsync($"/orders/{id}/dossier")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
