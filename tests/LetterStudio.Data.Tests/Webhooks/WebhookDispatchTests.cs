using LetterStudio.Application.Webhooks;
using LetterStudio.Domain.Webhooks;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Data.Tests.Webhooks;

[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class WebhookDispatchTests(TestProvider provider)
{
    private WebhookReceiver receiver = null!;

    [SetUp]
    public async Task Start() => receiver = await WebhookReceiver.StartAsync();

    [TearDown]
    public async Task Stop() => await receiver.DisposeAsync();

    private async Task<(WebhookStudio Studio, WebhookEndpoint Endpoint, int OrderId)> CancelledOrderAsync(LogSink? logs = null)
    {
        var studio = await WebhookStudio.CreateAsync(provider, logs: logs);
        var eleanor = await studio.CustomerIdAsync("eleanor@example.com");
        var endpoint = await studio.RegisterAsync(eleanor, receiver.Url);
        var orderId = await studio.OpenOrderAsync(eleanor);
        await studio.CancelAsync(orderId);
        return (studio, endpoint, orderId);
    }

    [Test]
    public async Task A_delivery_is_posted_as_json_with_a_signature_the_receiver_can_verify()
    {
        var (studio, endpoint, orderId) = await CancelledOrderAsync();
        await using var _ = studio;

        var delivered = await studio.DispatchAsync();

        var request = receiver.Requests.Single();
        var delivery = (await studio.DeliveriesAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(delivered, Is.EqualTo(1));
            Assert.That(request.EventId, Is.EqualTo(delivery.EventId));
            Assert.That(request.ContentType, Does.StartWith("application/json"));
            Assert.That(request.Body, Is.EqualTo(delivery.PayloadJson));
            Assert.That(request.Body, Does.Contain($"\"orderId\":{orderId}"));
            Assert.That(request.Timestamp, Is.EqualTo(studio.Clock.GetUtcNow().ToUnixTimeSeconds().ToString()));
            Assert.That(WebhookSignature.Verify(endpoint.Secret, request.Timestamp, request.Body, request.Signature, studio.Clock.GetUtcNow(), TimeSpan.FromMinutes(5)), Is.True);
            Assert.That(WebhookSignature.Verify("whsec_someone-else", request.Timestamp, request.Body, request.Signature, studio.Clock.GetUtcNow(), TimeSpan.FromMinutes(5)), Is.False);
            Assert.That(delivery.DeliveredAt, Is.EqualTo(studio.Clock.GetUtcNow()).Within(TimeSpan.FromMilliseconds(1)));
            Assert.That(delivery.AttemptLog.Single().StatusCode, Is.EqualTo(200));
        });
    }

    [Test]
    public async Task A_receiver_that_fails_twice_gets_the_event_on_the_third_try_after_backing_off()
    {
        var (studio, _, _) = await CancelledOrderAsync();
        await using var __ = studio;
        receiver.Then(500, 503);
        var created = studio.Clock.GetUtcNow();

        Assert.That(await studio.DispatchAsync(), Is.Zero);
        var afterFirst = (await studio.DeliveriesAsync()).Single();
        // 30 s, give or take the 20% jitter.
        Assert.That(afterFirst.NextAttemptAt - created, Is.InRange(TimeSpan.FromSeconds(24), TimeSpan.FromSeconds(36)));

        studio.Clock.Advance(TimeSpan.FromSeconds(20));
        await studio.DispatchAsync();
        Assert.That(receiver.Requests, Has.Count.EqualTo(1), "not due yet, so not sent again");

        studio.Clock.Advance(TimeSpan.FromSeconds(16));
        Assert.That(await studio.DispatchAsync(), Is.Zero);
        var afterSecond = (await studio.DeliveriesAsync()).Single();
        Assert.That(afterSecond.NextAttemptAt - studio.Clock.GetUtcNow(), Is.InRange(TimeSpan.FromSeconds(48), TimeSpan.FromSeconds(72)), "the wait doubles");

        studio.Clock.Advance(TimeSpan.FromSeconds(72));
        Assert.That(await studio.DispatchAsync(), Is.EqualTo(1));

        var done = (await studio.DeliveriesAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(receiver.Requests, Has.Count.EqualTo(3));
            Assert.That(receiver.Requests.Select(r => r.EventId).Distinct().Count(), Is.EqualTo(1), "a retry is the same event");
            Assert.That(done.AttemptLog.OrderBy(a => a.Id).Select(a => a.StatusCode), Is.EqualTo(new int?[] { 500, 503, 200 }));
            Assert.That(done.Attempts, Is.EqualTo(3));
            Assert.That(done.DeliveredAt, Is.Not.Null);
            Assert.That(done.LastError, Is.Null);
        });
    }

    [Test]
    public async Task A_failed_delivery_is_logged_in_its_order_s_scope_with_the_node()
    {
        var logs = new LogSink();
        var (studio, _, orderId) = await CancelledOrderAsync(logs);
        await using var __ = studio;
        receiver.Then(500);

        Assert.That(await studio.DispatchAsync(), Is.Zero);

        var failed = logs.Lines.Where(l => l.Message.StartsWith("Webhook evt_", StringComparison.Ordinal) && l.Message.Contains("failed", StringComparison.Ordinal)).ToList();
        Assert.That(failed, Has.Count.EqualTo(1), string.Join("\n", logs.Lines.Select(l => l.Message)));
        Assert.That(failed[0].Scope.GetValueOrDefault("OrderId"), Is.EqualTo(orderId), "an operator finds the delivery by the order it is about");
        Assert.That(failed[0].Scope.GetValueOrDefault("Node"), Is.EqualTo(LetterStudio.Application.Telemetry.StudioNode.Name));
    }

    [Test]
    public async Task A_delivery_that_keeps_failing_is_given_up_once_a_day_has_passed()
    {
        var (studio, _, _) = await CancelledOrderAsync();
        await using var __ = studio;
        receiver.DefaultStatus = 500;
        var created = (await studio.DeliveriesAsync()).Single().CreatedAt;

        for (var round = 0; round < 100; round++)
        {
            await studio.DispatchAsync();
            var d = (await studio.DeliveriesAsync()).Single();
            if (d.GivenUpAt is not null) break;
            studio.Clock.SetUtcNow(d.NextAttemptAt);
        }

        var given = (await studio.DeliveriesAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(given.GivenUpAt, Is.EqualTo(created + TimeSpan.FromDays(1)), "the last try is at the deadline");
            Assert.That(given.DeliveredAt, Is.Null);
            Assert.That(given.Attempts, Is.EqualTo(receiver.Requests.Count));
            // 30 s doubling up to an hour: 8 tries in the first two hours, then about one an hour.
            Assert.That(given.Attempts, Is.InRange(25, 40));
            Assert.That(given.LastStatusCode, Is.EqualTo(500));
        });
        studio.Clock.Advance(TimeSpan.FromHours(2));
        await studio.DispatchAsync();
        Assert.That(receiver.Requests, Has.Count.EqualTo(given.Attempts), "a given-up delivery is not tried again");
    }

    [Test]
    public async Task Two_dispatchers_running_at_once_send_each_event_once()
    {
        await using var studio = await WebhookStudio.CreateAsync(provider);
        var eleanor = await studio.CustomerIdAsync("eleanor@example.com");
        var endpoint = await studio.RegisterAsync(eleanor, receiver.Url);
        for (var i = 0; i < 12; i++)
            await studio.InScopeAsync(sp => sp.GetRequiredService<WebhookEndpoints>().SendTestAsync(eleanor, endpoint.Id));
        receiver.Delay = TimeSpan.FromMilliseconds(30);

        var counts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(studio.DispatchAsync)));

        Assert.Multiple(async () =>
        {
            Assert.That(counts.Sum(), Is.EqualTo(12));
            Assert.That(receiver.Requests, Has.Count.EqualTo(12));
            Assert.That(receiver.Requests.Select(r => r.EventId).Distinct().Count(), Is.EqualTo(12));
            Assert.That((await studio.DeliveriesAsync()).Select(d => d.Attempts), Is.All.EqualTo(1));
        });
    }

    [Test]
    public async Task An_event_for_an_endpoint_switched_off_meanwhile_is_given_up_without_a_post()
    {
        var (studio, endpoint, _) = await CancelledOrderAsync();
        await using var __ = studio;
        await studio.InScopeAsync(async sp => { await sp.GetRequiredService<WebhookEndpoints>().SetActiveAsync(endpoint.CustomerId, endpoint.Id, false); return 0; });

        await studio.DispatchAsync();

        var delivery = (await studio.DeliveriesAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(receiver.Requests, Is.Empty);
            Assert.That(delivery.GivenUpAt, Is.Not.Null);
            Assert.That(delivery.LastError, Does.Contain("switched off"));
        });
    }

    [Test]
    public async Task Without_insecure_urls_allowed_a_loopback_receiver_is_refused_when_connecting()
    {
        await using var studio = await WebhookStudio.CreateAsync(provider, new() { ["Webhooks:AllowInsecureUrls"] = "false" });
        var eleanor = await studio.CustomerIdAsync("eleanor@example.com");
        // Written directly, as if the address had changed since registration: the connection check still holds.
        await studio.WithDbAsync(async db =>
        {
            var endpoint = WebhookEndpoint.Register(eleanor, "https://hooks.example.com/in", null, false, studio.Clock.GetUtcNow());
            db.WebhookEndpoints.Add(endpoint);
            await db.SaveChangesAsync();
            await db.WebhookEndpoints.Where(e => e.Id == endpoint.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Url, receiver.Url.ToString()));
            return 0;
        });
        await studio.CancelAsync(await studio.OpenOrderAsync(eleanor));

        await studio.DispatchAsync();

        var delivery = (await studio.DeliveriesAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(receiver.Requests, Is.Empty);
            Assert.That(delivery.LastError, Does.Contain("local or private"));
        });
    }

    [Test]
    public async Task Settings_that_contradict_each_other_stop_startup_naming_the_setting()
    {
        await using var studio = await WebhookStudio.CreateAsync(provider, new() { ["Webhooks:FirstRetryDelay"] = "02:00:00", ["Webhooks:MaxRetryDelay"] = "01:00:00" });

        var ex = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => studio.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookOptions>>().Value.ToString());

        Assert.That(ex!.Message, Does.Contain("Webhooks:FirstRetryDelay"));
    }
}
