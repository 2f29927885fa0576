using LetterStudio.TestSupport;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Api;

// The API on both databases the studio runs on: one fixture per provider, the same tests.
[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class ApiV1Tests(TestProvider provider)
{
    private StudioFactory factory = null!;
    private string eleanorKey = null!, danielKey = null!, revokedKey = null!;
    private int eleanorId, danielOrder;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = await StudioFactory.OnAsync(provider);
        await factory.WithDbAsync(async db =>
        {
            var eleanor = await db.Customers.SingleAsync(c => c.Email == "eleanor@example.com");
            var daniel = await db.Customers.SingleAsync(c => c.Email == "daniel@example.com");
            (eleanorId, danielOrder) = (eleanor.Id, await db.Orders.Where(o => o.CustomerId == daniel.Id).Select(o => o.Id).FirstAsync());
            var (k1, s1) = ApiKey.Create(eleanor.Id, "shop", testMode: false, DateTimeOffset.UtcNow);
            var (k2, s2) = ApiKey.Create(daniel.Id, "crm", testMode: false, DateTimeOffset.UtcNow);
            var (k3, s3) = ApiKey.Create(eleanor.Id, "old", testMode: false, DateTimeOffset.UtcNow);
            k3.Revoke(DateTimeOffset.UtcNow);
            db.ApiKeys.AddRange(k1, k2, k3);
            await db.SaveChangesAsync();
            (eleanorKey, danielKey, revokedKey) = (s1, s2, s3);
        });
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private HttpClient Client(string? key)
    {
        var client = factory.CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Test]
    public void A_key_is_stored_only_as_its_hash()
    {
        var (key, secret) = ApiKey.Create(1, "k", testMode: true, DateTimeOffset.UtcNow);

        Assert.That(secret, Does.StartWith("ls_test_").And.Length.EqualTo(48));
        Assert.That(key.Hash, Is.EqualTo(ApiKey.HashOf(secret)).And.Not.Contains(secret[8..]));
        Assert.That(key.Prefix, Is.EqualTo(secret[..12]));
    }

    [TestCase("/api/v1/occasions")]
    [TestCase("/api/v1/orders")]
    [TestCase("/api/v1/recipients")]
    public async Task No_key_or_a_revoked_or_unknown_key_is_401(string url)
    {
        Assert.That((await Client(null).GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await Client(revokedKey).GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await Client("ls_live_made-up").GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_signed_in_writer_cookie_does_not_open_the_api()
    {
        var writer = await SignIn.ClientForAsync(factory, SignIn.Writer);

        Assert.That((await writer.GetAsync("/api/v1/orders")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Occasions_and_fonts_are_listed()
    {
        var client = Client(eleanorKey);

        var occasions = await client.GetFromJsonAsync<JsonElement>("/api/v1/occasions");
        var fonts = await client.GetFromJsonAsync<JsonElement>("/api/v1/fonts");

        Assert.That(occasions.EnumerateArray().Select(o => o.GetProperty("key").GetString()), Does.Contain("anniversary").And.Contain("thank-you"));
        Assert.That(fonts.EnumerateArray().Select(f => f.GetProperty("id").GetString()), Does.Contain("kristi"));
    }

    [Test]
    public async Task A_key_sees_only_its_own_customers_recipients_and_orders()
    {
        var client = Client(eleanorKey);

        var orders = await client.GetFromJsonAsync<JsonElement>("/api/v1/orders");
        var recipients = await client.GetFromJsonAsync<JsonElement>("/api/v1/recipients");

        Assert.That(orders.GetProperty("total").GetInt32(), Is.EqualTo(2));
        Assert.That(recipients.EnumerateArray().Select(r => r.GetProperty("name").GetString()), Is.EquivalentTo(new[] { "James Whitfield", "Margaret Doyle" }));
        Assert.That((await client.GetAsync($"/api/v1/orders/{danielOrder}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var daniels = await Client(danielKey).GetAsync($"/api/v1/orders/{danielOrder}");
        Assert.That(daniels.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Orders_page_and_filter_by_status_and_bad_paging_names_the_field()
    {
        var client = Client(eleanorKey);

        var first = await client.GetFromJsonAsync<JsonElement>("/api/v1/orders?page=1&pageSize=1");
        var assigned = await client.GetFromJsonAsync<JsonElement>("/api/v1/orders?status=Assigned");
        var bad = await client.GetAsync("/api/v1/orders?pageSize=1000");

        Assert.That(first.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
        Assert.That(first.GetProperty("total").GetInt32(), Is.EqualTo(2));
        Assert.That(assigned.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("status").GetString()), Is.All.EqualTo("Assigned"));
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(bad.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await bad.Content.ReadAsStringAsync(), Does.Contain("pageSize"));
    }

    [Test]
    public async Task Cancelling_before_printing_works_and_records_the_reason()
    {
        var client = Client(eleanorKey);
        var id = 0;
        await factory.WithDbAsync(async db => id = await db.Orders.Where(o => o.CustomerId == eleanorId && o.Status == OrderStatus.Assigned).Select(o => o.Id).SingleAsync());

        var response = await client.PostAsJsonAsync($"/api/v1/orders/{id}/cancel", new { reason = "Mum asked for a phone call instead" });
        var order = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(order.GetProperty("status").GetString(), Is.EqualTo("Cancelled"));
        Assert.That(order.GetProperty("history").EnumerateArray().Last().GetProperty("reason").GetString(), Is.EqualTo("Mum asked for a phone call instead"));
        var again = await client.PostAsJsonAsync($"/api/v1/orders/{id}/cancel", new { reason = "twice" });
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Cancelling_another_customers_order_is_404_and_changes_nothing()
    {
        var response = await Client(eleanorKey).PostAsJsonAsync($"/api/v1/orders/{danielOrder}/cancel", new { reason = "mischief" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        await factory.WithDbAsync(async db => Assert.That((await db.Orders.SingleAsync(o => o.Id == danielOrder)).Status, Is.Not.EqualTo(OrderStatus.Cancelled)));
    }
}
