using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Webhooks;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Webhooks;

/// <summary>The webhooks of the real app: the portal pages and the API by real HTTP, events sent by its own dispatcher.</summary>
public class WebhookPortalTests
{
    private StudioFactory factory = null!;
    private WebhookReceiver receiver = null!;

    [OneTimeSetUp]
    public void Start() => factory = new StudioFactory().WithSettings(new()
    {
        // The receiver runs on 127.0.0.1 over http; production allows neither.
        ["Webhooks:AllowInsecureUrls"] = "true",
        ["Webhooks:PollInterval"] = "00:00:00.100",
        ["Webhooks:FirstRetryDelay"] = "00:00:01",
    });

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    [SetUp]
    public async Task Receiver() => receiver = await WebhookReceiver.StartAsync();

    [TearDown]
    public async Task StopReceiver()
    {
        await receiver.DisposeAsync();
        // Later tests should not keep posting to this test's stopped receiver.
        await factory.WithDbAsync(db => db.WebhookEndpoints.ExecuteDeleteAsync());
    }

    private async Task<(HttpClient Client, string Secret, int EndpointId)> RegisterAsync(string customer = SignIn.Customer)
    {
        var client = await SignIn.ClientForAsync(factory, customer);
        var response = await Forms.SubmitAsync(client, "/my/webhooks", "register", new Dictionary<string, string>
        {
            ["Input.Url"] = receiver.Url.ToString(), ["Input.Description"] = "Order system <test>",
        });
        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
        var secret = page.QuerySelector("#webhook-secret")?.TextContent ?? throw new AssertionException("no secret shown after registering");
        var id = int.Parse(page.QuerySelector("tbody tr[id^=endpoint-]")!.Id!["endpoint-".Length..]);
        return (client, secret, id);
    }

    [Test]
    public async Task Registering_an_endpoint_shows_its_secret_once()
    {
        var (client, secret, id) = await RegisterAsync();

        var again = await client.GetStringAsync("/my/webhooks");

        string stored = "";
        await factory.WithDbAsync(async db => stored = await db.WebhookEndpoints.Where(e => e.Id == id).Select(e => e.Secret).SingleAsync());
        Assert.Multiple(() =>
        {
            Assert.That(secret, Does.Match("^whsec_[A-Za-z0-9]{40}$"));
            Assert.That(stored, Is.EqualTo(secret));
            Assert.That(again, Does.Not.Contain(secret));
            Assert.That(again, Does.Contain(receiver.Url.ToString()));
            Assert.That(again, Does.Contain("Order system &lt;test&gt;"), "the description is shown as text");
        });
    }

    [Test]
    public async Task A_url_that_is_not_http_is_refused_naming_the_field()
    {
        var client = await SignIn.ClientForAsync(factory, SignIn.Customer);

        var response = await Forms.SubmitAsync(client, "/my/webhooks", "register", new Dictionary<string, string> { ["Input.Url"] = "ftp://example.com/in" });

        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(page.QuerySelector(".error")?.TextContent, Does.Contain("The address (URL)").And.Contain("not an absolute https URL"));
            Assert.That(page.QuerySelector("#webhook-secret"), Is.Null);
            await factory.WithDbAsync(async db => Assert.That(await db.WebhookEndpoints.CountAsync(), Is.Zero));
        });
    }

    [Test]
    public async Task An_order_cancelled_through_the_api_reaches_the_receiver_signed_with_the_secret()
    {
        var (_, secret, _) = await RegisterAsync();
        string apiKey = "";
        int orderId = 0;
        await factory.WithDbAsync(async db =>
        {
            var eleanor = await db.Customers.SingleAsync(c => c.Email == SignIn.Customer);
            var (key, plain) = ApiKey.Create(eleanor.Id, "webhook test", testMode: false, DateTimeOffset.UtcNow);
            db.ApiKeys.Add(key);
            await db.SaveChangesAsync();
            apiKey = plain;
            orderId = await db.Orders.Where(o => o.CustomerId == eleanor.Id && o.Status == OrderStatus.Received).Select(o => o.Id).FirstAsync();
        });
        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", apiKey);

        var cancel = await api.PostAsJsonAsync($"/api/v1/orders/{orderId}/cancel", new { reason = "Sent by post instead" });
        var request = (await receiver.WaitForAsync(1, TimeSpan.FromSeconds(15))).Single();

        var data = JsonDocument.Parse(request.Body).RootElement.GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(cancel.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(WebhookSignature.Verify(secret, request.Timestamp, request.Body, request.Signature, DateTimeOffset.UtcNow, WebhookSignature.DefaultTolerance), Is.True);
            Assert.That(long.Parse(request.Timestamp!), Is.EqualTo(DateTimeOffset.UtcNow.ToUnixTimeSeconds()).Within(60));
            Assert.That(data.GetProperty("orderId").GetInt32(), Is.EqualTo(orderId));
            Assert.That(data.GetProperty("from").GetString(), Is.EqualTo("Received"));
            Assert.That(data.GetProperty("to").GetString(), Is.EqualTo("Cancelled"));
        });
    }

    [Test]
    public async Task A_test_event_that_fails_once_shows_both_attempts_in_the_delivery_log()
    {
        var (client, _, id) = await RegisterAsync();
        receiver.Then(500);

        var sent = await Forms.SubmitAsync(client, "/my/webhooks", "endpoint", button: ("Choice", $"{id}:test"));
        var requests = await receiver.WaitForAsync(2, TimeSpan.FromSeconds(20));

        // The dispatcher records the second attempt right after the receiver answers.
        string log = "";
        for (var i = 0; i < 50 && !log.Contains("delivered"); i++, await Task.Delay(100))
            log = await client.GetStringAsync($"/my/webhooks/{id}");
        var page = await Forms.ParseAsync(log);
        Assert.Multiple(async () =>
        {
            Assert.That(await sent.Content.ReadAsStringAsync(), Does.Contain("Test event evt_"));
            Assert.That(requests.Select(r => r.EventId).Distinct().Count(), Is.EqualTo(1));
            Assert.That(page.QuerySelectorAll(".attempts td.status-code").Select(td => td.TextContent), Is.EqualTo(new[] { "500", "200" }));
            Assert.That(page.QuerySelector(".delivery-state")?.TextContent, Does.StartWith("delivered"));
            Assert.That(log, Does.Contain("webhook.test"));
        });
    }

    [Test]
    public async Task Another_customers_endpoint_is_not_found_to_see_or_to_delete()
    {
        var (_, _, eleanors) = await RegisterAsync();
        var (daniel, _, _) = await RegisterAsync("daniel@example.com");

        var log = await daniel.GetAsync($"/my/webhooks/{eleanors}");
        var delete = await Forms.SubmitAsync(daniel, "/my/webhooks", "endpoint", button: ("Choice", $"{eleanors}:delete"));

        Assert.Multiple(async () =>
        {
            Assert.That(log.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            await factory.WithDbAsync(async db => Assert.That(await db.WebhookEndpoints.AnyAsync(e => e.Id == eleanors), Is.True));
        });
    }

    [Test]
    public async Task Switching_off_and_deleting_work_from_the_list()
    {
        var (client, _, id) = await RegisterAsync();

        await Forms.SubmitAsync(client, "/my/webhooks", "endpoint", button: ("Choice", $"{id}:off"));
        bool active = true;
        await factory.WithDbAsync(async db => active = await db.WebhookEndpoints.Where(e => e.Id == id).Select(e => e.Active).SingleAsync());
        var deleted = await Forms.SubmitAsync(client, "/my/webhooks", "endpoint", button: ("Choice", $"{id}:delete"));

        Assert.Multiple(async () =>
        {
            Assert.That(active, Is.False);
            Assert.That(await deleted.Content.ReadAsStringAsync(), Does.Contain("Deleted"));
            await factory.WithDbAsync(async db => Assert.That(await db.WebhookEndpoints.AnyAsync(e => e.Id == id), Is.False));
        });
    }

    [Test]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var client = await SignIn.ClientForAsync(factory, SignIn.Customer);

        var response = await client.PostAsync("/my/webhooks", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "register", ["Input.Url"] = receiver.Url.ToString(),
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        await factory.WithDbAsync(async db => Assert.That(await db.WebhookEndpoints.CountAsync(), Is.Zero));
    }

    [TestCase("/my/webhooks")]
    [TestCase("/my/webhooks/1")]
    public async Task A_writer_is_turned_away_from_the_webhooks_pages(string url)
    {
        var writer = await SignIn.ClientForAsync(factory, SignIn.Writer);

        var response = await writer.GetAsync(url);

        Assert.That(response.Headers.Location?.ToString(), Does.Contain("/account/denied"));
    }
}
