using LetterStudio.TestSupport;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Api;

// The API on both databases the studio runs on: one fixture per provider, the same tests.
[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class ApiV1WritesTests(TestProvider provider)
{
    private StudioFactory factory = null!;
    private string key = null!;
    private int jamesId, priyaId;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = await StudioFactory.OnAsync(provider);
        await factory.WithDbAsync(async db =>
        {
            var eleanor = await db.Customers.Include(c => c.Recipients).SingleAsync(c => c.Email == "eleanor@example.com");
            jamesId = eleanor.Recipients.Single(r => r.CalledBy == "Jamie").Id;
            priyaId = await db.Recipients.Where(r => r.Name == "Priya Raman").Select(r => r.Id).SingleAsync();
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

    private object Order(string brief = "Happy anniversary from the API", int? recipient = null, int daysAhead = 30) => new
    {
        recipientId = recipient ?? jamesId, occasion = "anniversary", brief, requestedDeliveryDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysAhead),
    };

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, object body, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    [Test]
    public async Task An_order_is_created_received_and_priced_from_the_price_list()
    {
        var response = await PostAsync(Client(), Order(), "k-create");
        var order = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/orders/{order.GetProperty("id").GetInt32()}"));
        Assert.That(order.GetProperty("status").GetString(), Is.EqualTo("Received"));
        // Eleanor writes on A5: 3,500 + the handwritten envelope 250.
        Assert.That(order.GetProperty("priceMinor").GetInt64(), Is.EqualTo(3750));
    }

    [Test]
    public async Task The_same_key_and_body_answer_as_the_first_time_and_place_one_order()
    {
        var client = Client();
        var first = await (await PostAsync(client, Order("Same again"), "k-repeat")).Content.ReadFromJsonAsync<JsonElement>();

        var again = await PostAsync(client, Order("Same again"), "k-repeat");
        var second = await again.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(second.GetProperty("id").GetInt32(), Is.EqualTo(first.GetProperty("id").GetInt32()));
        await factory.WithDbAsync(async db => Assert.That(await db.Orders.CountAsync(o => o.IdempotencyKey == "k-repeat"), Is.EqualTo(1)));
    }

    [Test]
    public async Task The_same_key_with_another_body_is_422()
    {
        var client = Client();
        await PostAsync(client, Order("First body"), "k-conflict");

        var response = await PostAsync(client, Order("Second body"), "k-conflict");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Idempotency-Key"));
    }

    [Test]
    public async Task Concurrent_requests_with_one_key_create_one_order()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostAsync(Client(), Order("Racing"), "k-race")));

        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32()));
        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));
        Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
        await factory.WithDbAsync(async db => Assert.That(await db.Orders.CountAsync(o => o.IdempotencyKey == "k-race"), Is.EqualTo(1)));
    }

    [TestCase(null, "Idempotency-Key")]
    public async Task A_missing_idempotency_key_is_refused_naming_the_header(string? idempotencyKey, string field)
    {
        var response = await PostAsync(Client(), Order(), idempotencyKey);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(field));
    }

    [Test]
    public async Task Another_customers_recipient_and_a_past_date_are_refused_naming_the_field()
    {
        var foreign = await PostAsync(Client(), Order(recipient: priyaId), "k-foreign");
        var past = await PostAsync(Client(), Order(daysAhead: -3), "k-past");

        Assert.That(foreign.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await foreign.Content.ReadAsStringAsync(), Does.Contain("RecipientId"));
        Assert.That(past.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await past.Content.ReadAsStringAsync(), Does.Contain("RequestedDeliveryDate"));
    }

    [Test]
    public async Task A_recipient_is_added_with_a_normalised_address_and_a_bad_one_names_the_line()
    {
        var client = Client();

        var good = await client.PostAsJsonAsync("/api/v1/recipients", new { name = "Ada Lovelace", calledBy = "Ada", relationship = "friend", line1 = "12 St James's Square", city = "London", postalCode = "sw1y4jh", country = "gb" });
        var bad = await client.PostAsJsonAsync("/api/v1/recipients", new { name = "Bob", relationship = "friend", line1 = "1 Main St", city = "Springfield", region = "IL", postalCode = "ABCDE", country = "US" });

        Assert.That(good.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var added = await good.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(added.GetProperty("address").GetProperty("postalCode").GetString(), Is.EqualTo("SW1Y 4JH"));
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await bad.Content.ReadAsStringAsync(), Does.Contain("Address.PostalCode"));
    }
}
