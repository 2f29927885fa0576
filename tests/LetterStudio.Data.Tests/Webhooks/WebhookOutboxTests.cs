using System.Text.Json;
using LetterStudio.Application.Orders;
using LetterStudio.Application.Webhooks;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Webhooks;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Data.Tests.Webhooks;

[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class WebhookOutboxTests(TestProvider provider)
{
    private static readonly Uri Receiver = new("http://127.0.0.1:9/hooks");

    [Test]
    public async Task A_status_change_writes_one_delivery_per_active_endpoint_with_one_event_id()
    {
        await using var studio = await WebhookStudio.CreateAsync(provider);
        var eleanor = await studio.CustomerIdAsync("eleanor@example.com");
        var first = await studio.RegisterAsync(eleanor, Receiver);
        var second = await studio.RegisterAsync(eleanor, new Uri("http://127.0.0.1:9/other"));
        var off = await studio.RegisterAsync(eleanor, new Uri("http://127.0.0.1:9/off"));
        await studio.InScopeAsync(async sp => { await sp.GetRequiredService<WebhookEndpoints>().SetActiveAsync(eleanor, off.Id, false); return 0; });
        var orderId = await studio.OpenOrderAsync(eleanor);

        await studio.CancelAsync(orderId, "Plans changed");

        var deliveries = await studio.DeliveriesAsync();
        Assert.That(deliveries.Select(d => d.EndpointId), Is.EquivalentTo(new[] { first.Id, second.Id }));
        Assert.That(deliveries.Select(d => d.EventId).Distinct().Count(), Is.EqualTo(1));
        var payload = JsonDocument.Parse(deliveries[0].PayloadJson).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(payload.GetProperty("id").GetString(), Is.EqualTo(deliveries[0].EventId));
            Assert.That(payload.GetProperty("type").GetString(), Is.EqualTo("order.status_changed"));
            var data = payload.GetProperty("data");
            Assert.That(data.GetProperty("orderId").GetInt32(), Is.EqualTo(orderId));
            Assert.That(data.GetProperty("reference").GetString(), Is.EqualTo(Order.ReferenceOf(orderId)));
            Assert.That(data.GetProperty("to").GetString(), Is.EqualTo("Cancelled"));
            Assert.That(data.GetProperty("reason").GetString(), Is.EqualTo("Plans changed"));
            Assert.That(data.GetProperty("isTest").GetBoolean(), Is.False);
            // Nothing that names a person: no actor, no recipient, no customer.
            Assert.That(data.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "orderId", "reference", "from", "to", "at", "reason", "isTest" }));
        });
    }

    [Test]
    public async Task Placing_an_order_writes_an_order_placed_event_that_names_the_new_order()
    {
        await using var studio = await WebhookStudio.CreateAsync(provider);
        var eleanor = await studio.CustomerIdAsync("eleanor@example.com");
        await studio.RegisterAsync(eleanor, Receiver);
        var recipient = await studio.WithDbAsync(db => db.Recipients.Where(r => r.CustomerId == eleanor).Select(r => r.Id).FirstAsync());

        var (order, _) = await studio.InScopeAsync(sp => sp.GetRequiredService<PlaceOrder>().HandleAsync(
            new OrderDetails(eleanor, recipient, "birthday", "Happy birthday", null, DateOnly.FromDateTime(studio.Clock.GetUtcNow().UtcDateTime).AddDays(20), 3500, "EUR", false, null, []),
            "eleanor@example.com"));

        var delivery = (await studio.DeliveriesAsync()).Single();
        var data = JsonDocument.Parse(delivery.PayloadJson).RootElement.GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(order.Id, Is.GreaterThan(0));
            Assert.That(data.GetProperty("orderId").GetInt32(), Is.EqualTo(order.Id));
            Assert.That(data.GetProperty("reference").GetString(), Is.EqualTo(order.Reference));
            Assert.That(data.GetProperty("from").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(data.GetProperty("to").GetString(), Is.EqualTo("Received"));
        });
    }

    [Test]
    public async Task A_customer_without_endpoints_gets_no_deliveries()
    {
        await using var studio = await WebhookStudio.CreateAsync(provider);
        var eleanor = await studio.CustomerIdAsync("eleanor@example.com");
        await studio.RegisterAsync(eleanor, Receiver);
        var daniel = await studio.CustomerIdAsync("daniel@example.com");

        await studio.CancelAsync(await studio.OpenOrderAsync(daniel));

        Assert.That(await studio.DeliveriesAsync(), Is.Empty);
    }

    [Test]
    public async Task A_status_change_refused_as_a_conflict_leaves_no_delivery_behind()
    {
        await using var studio = await WebhookStudio.CreateAsync(provider);
        var eleanor = await studio.CustomerIdAsync("eleanor@example.com");
        await studio.RegisterAsync(eleanor, Receiver);
        var orderId = await studio.OpenOrderAsync(eleanor);
        await using var staleScope = studio.Services.CreateAsyncScope();
        var staleDb = staleScope.ServiceProvider.GetRequiredService<LetterStudioDbContext>();
        var stale = await staleDb.Orders.SingleAsync(o => o.Id == orderId);

        await studio.CancelAsync(orderId, "First");
        stale.MoveTo(OrderStatus.Cancelled, WebhookStudio.Writer, studio.Clock.GetUtcNow(), "Second");

        Assert.ThrowsAsync<ConcurrencyConflictException>(() => staleDb.SaveOrConflictAsync("Order", orderId));
        var deliveries = await studio.DeliveriesAsync();
        Assert.That(deliveries.Select(d => JsonDocument.Parse(d.PayloadJson).RootElement.GetProperty("data").GetProperty("reason").GetString()),
            Is.EqualTo(new[] { "First" }));
    }

    [Test]
    public async Task The_status_change_commits_while_the_receiver_is_down_and_the_failure_is_logged_for_a_retry()
    {
        await using var studio = await WebhookStudio.CreateAsync(provider);
        var eleanor = await studio.CustomerIdAsync("eleanor@example.com");
        // Port 9 (discard) on loopback: nothing listens, the connection is refused.
        await studio.RegisterAsync(eleanor, Receiver);
        var orderId = await studio.OpenOrderAsync(eleanor);

        await studio.CancelAsync(orderId);
        var delivered = await studio.DispatchAsync();

        var status = await studio.WithDbAsync(db => db.Orders.Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync());
        var delivery = (await studio.DeliveriesAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(OrderStatus.Cancelled));
            Assert.That(delivered, Is.Zero);
            Assert.That(delivery.Attempts, Is.EqualTo(1));
            Assert.That(delivery.LastStatusCode, Is.Null);
            Assert.That(delivery.LastError, Is.Not.Empty);
            Assert.That(delivery.IsPending, Is.True);
            Assert.That(delivery.NextAttemptAt, Is.GreaterThan(studio.Clock.GetUtcNow()));
        });
    }
}
