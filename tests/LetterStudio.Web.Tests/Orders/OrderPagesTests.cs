using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Orders;

public class OrderPagesTests
{
    private StudioFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = new StudioFactory();
        client = await SignIn.ClientForAsync(factory, "admin@letterstudio.test");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    private async Task<IDocument> GetPageAsync(string url)
    {
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        var html = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
    }

    [Test]
    public async Task The_orders_list_shows_the_seeded_studio_soonest_first()
    {
        var page = await GetPageAsync("/orders?scope=all");

        var rows = page.QuerySelectorAll("table.orders tbody tr");
        Assert.That(rows, Has.Length.EqualTo(6));
        var text = page.QuerySelector("table.orders")!.TextContent;
        Assert.That(text, Does.Contain("Eleanor Whitfield").And.Contain("Priya Raman").And.Contain("Lucas Martin"));
        var dues = rows.Select(r => DateOnly.Parse(r.Children[2].TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(dues, Is.Ordered);
    }

    [Test]
    public async Task An_admins_home_page_is_the_studio_overview()
    {
        var home = await client.GetAsync("/");
        Assert.That(home.Headers.Location?.ToString(), Is.EqualTo("/admin"));

        var page = await GetPageAsync("/admin");
        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("Studio overview"));
    }

    [Test]
    public async Task Filtering_by_status_shows_only_those_orders()
    {
        var page = await GetPageAsync("/orders?scope=all&status=InReview");

        var statuses = page.QuerySelectorAll("table.orders tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();
        Assert.That(statuses, Is.Not.Empty);
        Assert.That(statuses, Is.All.EqualTo("In review"));
    }

    [Test]
    public async Task An_order_page_shows_status_history_and_anecdotes_from_the_database()
    {
        var id = 0;
        await factory.WithDbAsync(async db => id = await db.Orders.Where(o => o.Status == OrderStatus.Drafting).Select(o => o.Id).SingleAsync());

        var page = await GetPageAsync($"/orders/{id}");

        Assert.That(page.QuerySelector("h1")!.TextContent, Does.Contain($"LS-{id:D6}"));
        Assert.That(page.QuerySelector(".facts")!.TextContent, Does.Contain("Drafting"));
        var history = page.QuerySelectorAll("ol.history li").Select(li => li.TextContent).ToList();
        Assert.That(history, Has.Count.EqualTo(3));
        Assert.That(history[2], Does.Contain("Assigned → Drafting").And.Contain("Started the first draft"));
        Assert.That(page.QuerySelector("ul.anecdotes")!.TextContent, Does.Contain("Dog Mountain").And.Contain("spring 2021"));
        Assert.That(page.QuerySelector("pre.letter")!.TextContent, Does.StartWith("Hey P,"));
    }

    [Test]
    public async Task An_unknown_order_is_a_404()
    {
        var response = await client.GetAsync("/orders/987654");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_anecdote_with_markup_is_shown_as_text_never_run()
    {
        const string hostile = "<script>alert('owned')</script><img src=x onerror=alert(1)> We laughed.";
        var id = 0;
        await factory.WithDbAsync(async db =>
        {
            var order = await db.Orders.Where(o => o.Status == OrderStatus.Received).FirstAsync();
            var anecdote = new Anecdote(order.CustomerId, order.RecipientId, hostile, null, "last week", ["test"], AnecdoteAuthor.Customer, "c@example.com", DateTimeOffset.UtcNow);
            db.Anecdotes.Add(anecdote);
            await db.SaveChangesAsync();
            order.ChooseAnecdote(anecdote.Id, pinned: true);
            await db.SaveChangesAsync();
            id = order.Id;
        });

        var response = await client.GetAsync($"/orders/{id}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));

        Assert.That(html, Does.Contain("&lt;script&gt;alert(&#x27;owned&#x27;)&lt;/script&gt;"));
        Assert.That(page.QuerySelectorAll("script").Where(s => s.TextContent.Contains("owned")), Is.Empty);
        Assert.That(page.QuerySelectorAll("img"), Is.Empty);
        Assert.That(page.QuerySelector("ul.anecdotes")!.TextContent, Does.Contain(hostile));
    }
}
