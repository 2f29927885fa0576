using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using LetterStudio.TestSupport;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Web.Tests.Api;

/// <summary>
/// Test and live are apart, as in Stripe: walking every /api/v1 route with an id (from the app's EndpointDataSource),
/// a test key on a live order or recipient is a 404 and changes nothing, and a live key on a test one is a 404 too;
/// lists show one mode; an Idempotency-Key names one order per mode; every order says whether it is a test.
/// </summary>
// The API on both databases the studio runs on: one fixture per provider, the same tests.
[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class ModesApartTests(TestProvider provider)
{
    private StudioFactory factory = null!;
    private string liveKey = null!, testKey = null!;
    private int liveOrderId, liveRecipientId, testOrderId, testRecipientId;
    private List<(string Method, RoutePattern Pattern)> routes = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = await StudioFactory.OnAsync(provider);
        await factory.WithDbAsync(async db =>
        {
            var daniel = await db.Customers.Include(c => c.Recipients).SingleAsync(c => c.Email == "daniel@example.com");
            var live = daniel.Recipients[0];
            liveRecipientId = live.Id;
            // A live order far enough on that every read of it exists for a live key.
            liveOrderId = await db.Orders.Where(o => o.CustomerId == daniel.Id && o.Status == OrderStatus.InReview && !o.IsTest).Select(o => o.Id).FirstAsync();
            var testRecipient = daniel.AddRecipient("Tess Tester", null, "friend", live.Address, isTest: true);
            var (k1, s1) = ApiKey.Create(daniel.Id, "live", testMode: false, DateTimeOffset.UtcNow);
            var (k2, s2) = ApiKey.Create(daniel.Id, "test", testMode: true, DateTimeOffset.UtcNow);
            db.ApiKeys.AddRange(k1, k2);
            await db.SaveChangesAsync();
            var testOrder = Order.Place(new OrderDetails(daniel.Id, testRecipient.Id, "thank-you", "A test order", null, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
                2500, "GBP", true, null, [], IsTest: true), "test", DateTimeOffset.UtcNow);
            db.Orders.Add(testOrder);
            await db.SaveChangesAsync();
            (liveKey, testKey, testRecipientId, testOrderId) = (s1, s2, testRecipient.Id, testOrder.Id);
        });
        routes = [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1", StringComparison.Ordinal) == true)
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name == "id") && !e.RoutePattern.RawText!.Contains("webhooks", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern)))];
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private static string PathOf(RoutePattern pattern, int orderId, int recipientId)
    {
        var segments = new List<string>();
        string? previous = null;
        foreach (var segment in pattern.PathSegments)
        {
            var text = string.Concat(segment.Parts.Select(p => p switch
            {
                RoutePatternLiteralPart l => l.Content,
                RoutePatternSeparatorPart s => s.Content,
                RoutePatternParameterPart { Name: "id" } => previous == "recipients" ? recipientId.ToString() : orderId.ToString(),
                RoutePatternParameterPart => "1",
                _ => "",
            }));
            segments.Add(text);
            previous = text;
        }
        return "/" + string.Join('/', segments);
    }

    private HttpClient Client(string key)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private async Task<HttpResponseMessage> SendAsync(string method, string path, string key)
    {
        using var client = Client(key);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{\"reason\":\"checking the modes\"}", Encoding.UTF8, "application/json");
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        }
        return await client.SendAsync(request);
    }

    [Test]
    public void The_walk_finds_the_routes_with_an_id()
    {
        Assert.That(routes.Select(r => $"{r.Method} {r.Pattern.RawText}"), Does.Contain("POST /api/v1/orders/{id:int}/cancel").And.Contain("GET /api/v1/recipients/{id:int}"));
    }

    [Test]
    public async Task A_test_key_on_every_route_of_a_live_order_or_recipient_is_a_404_and_cancels_nothing()
    {
        var leaks = new List<string>();
        foreach (var (method, pattern) in routes)
        {
            var path = PathOf(pattern, liveOrderId, liveRecipientId);
            var response = await SendAsync(method, path, testKey);
            if (response.StatusCode != HttpStatusCode.NotFound) leaks.Add($"{method} {path} with a test key -> {(int)response.StatusCode}");
        }
        Assert.That(leaks, Is.Empty);
        await factory.WithDbAsync(async db =>
            Assert.That(await db.Orders.Where(o => o.Id == liveOrderId).Select(o => o.Status).SingleAsync(), Is.EqualTo(OrderStatus.InReview), "the live order is not cancelled"));
    }

    [Test]
    public async Task A_live_key_on_every_route_of_a_test_order_or_recipient_is_a_404_and_the_test_key_reaches_them()
    {
        var leaks = new List<string>();
        foreach (var (method, pattern) in routes.Where(r => r.Method == "GET"))
        {
            var path = PathOf(pattern, testOrderId, testRecipientId);
            var response = await SendAsync(method, path, liveKey);
            if (response.StatusCode != HttpStatusCode.NotFound) leaks.Add($"{method} {path} with a live key -> {(int)response.StatusCode}");
        }
        Assert.That(leaks, Is.Empty);
        Assert.That((await SendAsync("GET", $"/api/v1/orders/{testOrderId}", testKey)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await SendAsync("GET", $"/api/v1/recipients/{testRecipientId}", testKey)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Lists_show_only_the_keys_mode_and_every_order_carries_isTest()
    {
        var testOrders = await Client(testKey).GetFromJsonAsync<JsonElement>("/api/v1/orders?pageSize=200");
        var liveOrders = await Client(liveKey).GetFromJsonAsync<JsonElement>("/api/v1/orders?pageSize=200");
        Assert.That(testOrders.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("isTest").GetBoolean()), Is.Not.Empty.And.All.True);
        Assert.That(testOrders.GetProperty("total").GetInt32(), Is.EqualTo(testOrders.GetProperty("items").GetArrayLength()));
        Assert.That(liveOrders.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("isTest").GetBoolean()), Is.Not.Empty.And.All.False);
        Assert.That(liveOrders.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetInt32()), Does.Not.Contain(testOrderId));

        var testRecipients = await Client(testKey).GetFromJsonAsync<JsonElement>("/api/v1/recipients");
        var liveRecipients = await Client(liveKey).GetFromJsonAsync<JsonElement>("/api/v1/recipients");
        Assert.That(testRecipients.EnumerateArray().Select(r => r.GetProperty("id").GetInt32()), Does.Contain(testRecipientId).And.Not.Contain(liveRecipientId));
        Assert.That(testRecipients.EnumerateArray().Select(r => r.GetProperty("isTest").GetBoolean()), Is.All.True);
        Assert.That(liveRecipients.EnumerateArray().Select(r => r.GetProperty("id").GetInt32()), Does.Contain(liveRecipientId).And.Not.Contain(testRecipientId));
        var one = await Client(liveKey).GetFromJsonAsync<JsonElement>($"/api/v1/orders/{liveOrderId}");
        Assert.That(one.GetProperty("isTest").GetBoolean(), Is.False);
    }

    private async Task<HttpResponseMessage> PlaceAsync(string key, string idempotencyKey, int recipientId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(new { recipientId, occasion = "thank-you", brief = "Thanks for the loan of the ladder",
                requestedDeliveryDate = new DateOnly(2030, 1, 15) }),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await Client(key).SendAsync(request);
    }

    [Test]
    public async Task An_idempotency_key_used_in_test_mode_never_answers_a_live_post_with_the_test_order()
    {
        var first = await PlaceAsync(testKey, "same-key", testRecipientId);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), await first.Content.ReadAsStringAsync());
        var testOrder = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(testOrder.GetProperty("isTest").GetBoolean(), Is.True);

        // The very same request with a live key: the test order must not come back as if it were live.
        var sameBody = await PlaceAsync(liveKey, "same-key", testRecipientId);
        Assert.That(sameBody.StatusCode, Is.Not.EqualTo(HttpStatusCode.Created).And.Not.EqualTo(HttpStatusCode.OK));
        Assert.That(await sameBody.Content.ReadAsStringAsync(), Does.Not.Contain($"\"id\":{testOrder.GetProperty("id").GetInt32()},"));

        // The key is free in live mode: a live order to a live recipient is placed, a new and live one.
        var live = await PlaceAsync(liveKey, "same-key", liveRecipientId);
        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.Created), await live.Content.ReadAsStringAsync());
        var liveOrder = await live.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(liveOrder.GetProperty("isTest").GetBoolean(), Is.False);
        Assert.That(liveOrder.GetProperty("id").GetInt32(), Is.Not.EqualTo(testOrder.GetProperty("id").GetInt32()));
    }

    [Test]
    public async Task A_test_key_cannot_order_for_a_live_recipient_nor_a_live_key_for_a_test_one()
    {
        Assert.That((await PlaceAsync(testKey, "cross-1", liveRecipientId)).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await PlaceAsync(liveKey, "cross-2", testRecipientId)).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_recipient_made_with_a_test_key_is_a_test_recipient_and_stays_out_of_the_portal_address_book()
    {
        var created = await Client(testKey).PostAsJsonAsync("/api/v1/recipients", new
        {
            name = "Tom Testing", relationship = "friend", line1 = "1 Test Street", city = "London", postalCode = "SW1A 1AA", country = "GB",
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var recipient = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(recipient.GetProperty("isTest").GetBoolean(), Is.True);
        await using var scope = factory.Services.CreateAsyncScope();
        var book = scope.ServiceProvider.GetRequiredService<LetterStudio.Application.Customers.AddressBook>();
        var daniel = await scope.ServiceProvider.GetRequiredService<LetterStudio.Data.LetterStudioDbContext>().Customers.SingleAsync(c => c.Email == "daniel@example.com");
        Assert.That((await book.ListAsync(daniel.Id)).Select(r => r.Name), Does.Not.Contain("Tom Testing").And.Not.Contain("Tess Tester"));
    }
}
