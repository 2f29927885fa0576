using System.Text.Json;
using System.Text.Json.Serialization;
using LetterStudio.Domain.Orders;

namespace LetterStudio.Domain.Webhooks;

/// <summary>
/// An event as receivers see it: { id, type, createdAt, data }. The data names the order only by id and
/// reference; who asked, who wrote and to whom are left out, so a receiver's logs hold no personal data.
/// </summary>
public sealed record WebhookEvent(string Id, string Type, DateTimeOffset CreatedAt, string PayloadJson)
{
    public const string OrderStatusChanged = "order.status_changed";
    /// <summary>Sent from the portal's "send a test event": the same shape, with isTest true and order 0.</summary>
    public const string Test = "webhook.test";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static WebhookEvent StatusChanged(int orderId, bool orderIsTest, OrderStatusChange change, DateTimeOffset now) =>
        Create(OrderStatusChanged, now, new OrderStatusData(orderId, Order.ReferenceOf(orderId), change.From, change.To, change.At,
            // Only a cancellation's reason is the customer's business; other reasons are the writers' notes to each other.
            change.To == OrderStatus.Cancelled ? change.Reason : null, orderIsTest));

    public static WebhookEvent TestEvent(DateTimeOffset now) =>
        Create(Test, now, new OrderStatusData(0, Order.ReferenceOf(0), OrderStatus.Received, OrderStatus.Assigned, now, "A test event from the portal", true));

    /// <summary>The order a stored event is about, for the log lines and traces of its delivery; null for a test event.</summary>
    public static int? OrderIdOf(string payloadJson)
    {
        try
        {
            using var doc = JsonDocument.Parse(payloadJson);
            return doc.RootElement.TryGetProperty("data", out var data) && data.TryGetProperty("orderId", out var id)
                && id.TryGetInt32(out var orderId) && orderId > 0 ? orderId : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static WebhookEvent Create(string type, DateTimeOffset now, OrderStatusData data)
    {
        var id = "evt_" + Guid.NewGuid().ToString("N");
        var at = new DateTimeOffset(now.UtcDateTime, TimeSpan.Zero);
        return new WebhookEvent(id, type, at, JsonSerializer.Serialize(new Envelope(id, type, at, data), Json));
    }

    private sealed record Envelope(string Id, string Type, DateTimeOffset CreatedAt, OrderStatusData Data);

    private sealed record OrderStatusData(int OrderId, string Reference, OrderStatus? From, OrderStatus To, DateTimeOffset At,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason, bool IsTest);
}
