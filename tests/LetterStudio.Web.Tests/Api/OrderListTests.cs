using LetterStudio.TestSupport;
using System.Net.Http.Json;
using System.Text.Json;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using LetterStudio.Web.Features.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LetterStudio.Web.Tests.Api;

/// <summary>GET /api/v1/orders: summaries newest first, paged, and a total that is cheap to ask for page after page.</summary>
// The API on both databases the studio runs on: one fixture per provider, the same tests.
[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class OrderListTests(TestProvider provider)
{
    private StudioFactory factory = null!;
    private string key = null!;
    private int eleanorId, jamesId;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = await StudioFactory.OnAsync(provider);
        await factory.WithDbAsync(async db =>
        {
            var eleanor = await db.Customers.Include(c => c.Recipients).SingleAsync(c => c.Email == "eleanor@example.com");
            (eleanorId, jamesId) = (eleanor.Id, eleanor.Recipients.Single(r => r.CalledBy == "Jamie").Id);
            var (k, secret) = ApiKey.Create(eleanor.Id, "shop", testMode: false, DateTimeOffset.UtcNow);
            db.ApiKeys.Add(k);
            await db.SaveChangesAsync();
            key = secret;
        });
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private HttpClient Client()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private async Task<int> PlaceAsync(HttpClient client, string brief)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(new { recipientId = jamesId, occasion = "thank-you", brief, requestedDeliveryDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40) }),
        };
        request.Headers.Add("Idempotency-Key", $"list-{brief}");
        var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    [Test]
    public async Task An_order_placed_through_the_API_heads_the_list_and_counts_in_the_total_at_once()
    {
        var client = Client();
        var before = await client.GetFromJsonAsync<JsonElement>("/api/v1/orders");

        var id = await PlaceAsync(client, "Thanks for the loan of the ladder");
        var after = await client.GetFromJsonAsync<JsonElement>("/api/v1/orders");

        Assert.That(after.GetProperty("total").GetInt32(), Is.EqualTo(before.GetProperty("total").GetInt32() + 1));
        var first = after.GetProperty("items")[0];
        Assert.That(first.GetProperty("id").GetInt32(), Is.EqualTo(id));
        Assert.That(first.GetProperty("status").GetString(), Is.EqualTo("Received"));
        Assert.That(first.GetProperty("brief").GetString(), Is.EqualTo("Thanks for the loan of the ladder"));
        Assert.That(first.TryGetProperty("updatedAt", out _), Is.True);
        // A list carries summaries; the history is one GET /orders/{id} away.
        Assert.That(first.TryGetProperty("history", out _), Is.False);
        var ids = after.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetInt32()).ToList();
        Assert.That(ids, Is.Ordered.Descending);
    }

    [Test]
    public async Task Pages_follow_each_other_without_gaps_or_repeats_with_and_without_a_status()
    {
        var client = Client();
        for (var i = 0; i < 5; i++) await PlaceAsync(client, $"Paging letter {i}");
        await factory.WithDbAsync(async db =>
        {
            var all = await db.Orders.Where(o => o.CustomerId == eleanorId).OrderByDescending(o => o.Id).Select(o => o.Id).ToListAsync();
            var received = await db.Orders.Where(o => o.CustomerId == eleanorId && o.Status == OrderStatus.Received).OrderByDescending(o => o.Id).Select(o => o.Id).ToListAsync();

            Assert.That(await PagedIdsAsync(client, "pageSize=2"), Is.EqualTo(all));
            Assert.That(await PagedIdsAsync(client, "pageSize=2&status=Received"), Is.EqualTo(received));
        });
    }

    private static async Task<List<int>> PagedIdsAsync(HttpClient client, string query)
    {
        var ids = new List<int>();
        for (var page = 1; ; page++)
        {
            var body = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orders?{query}&page={page}");
            var items = body.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetInt32()).ToList();
            if (items.Count == 0)
            {
                Assert.That(body.GetProperty("total").GetInt32(), Is.EqualTo(ids.Count), $"total for {query}");
                return ids;
            }
            ids.AddRange(items);
        }
    }

    [Test]
    public async Task A_total_is_reused_while_the_customers_stamp_holds_and_counted_again_when_a_save_anywhere_moves_it()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var cache = new ApiCache(Options.Create(new ApiCacheOptions()), time);
        var totals = new OrderTotals(cache, Options.Create(new ApiListOptions { TotalCacheSeconds = 30 }));
        var (one, two) = (await PlaceAsync(Client(), "To be cancelled, one"), await PlaceAsync(Client(), "To be cancelled, two"));
        await factory.WithDbAsync(async db =>
        {
            var first = await totals.CountAsync(db, eleanorId, false, OrderStatus.Cancelled);
            // A change made elsewhere (the desk, another node) through any save: the stamp moves with it.
            var order = await db.Orders.SingleAsync(o => o.Id == one);
            order.MoveTo(OrderStatus.Cancelled, "someone@studio", time.GetUtcNow(), "changed their mind");
            await db.SaveChangesAsync();
            Assert.That(await totals.CountAsync(db, eleanorId, false, OrderStatus.Cancelled), Is.EqualTo(first + 1), "counted again at once");

            // A write that goes around the saves (and so around the stamp) shows that the total is reused, until its lifetime ends.
            await db.Orders.Where(o => o.Id == two).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OrderStatus.Cancelled));
            Assert.That(await totals.CountAsync(db, eleanorId, false, OrderStatus.Cancelled), Is.EqualTo(first + 1), "reused under the same stamp");
            time.Advance(TimeSpan.FromSeconds(30));
            Assert.That(await totals.CountAsync(db, eleanorId, false, OrderStatus.Cancelled), Is.EqualTo(first + 2), "counted again after its lifetime");

            totals.Forget(eleanorId);
            Assert.That(cache.Count, Is.Zero, "forgetting a customer drops their totals");
        });
    }

    [Test]
    public async Task With_no_cache_time_every_call_counts()
    {
        using var cache = new ApiCache(Options.Create(new ApiCacheOptions()), TimeProvider.System);
        var totals = new OrderTotals(cache, Options.Create(new ApiListOptions { TotalCacheSeconds = 0 }));
        await factory.WithDbAsync(async db =>
        {
            var first = await totals.CountAsync(db, eleanorId, false, null);
            db.Orders.Add(Order.Place(new OrderDetails(eleanorId, jamesId, "thank-you", "Counted at once", null,
                DateOnly.FromDateTime(DateTime.UtcNow).AddDays(50), 3750, "GBP", true, "list-no-cache", [], "hash"), "someone@studio", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();

            Assert.That(await totals.CountAsync(db, eleanorId, false, null), Is.EqualTo(first + 1));
        });
    }
}
