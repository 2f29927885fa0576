using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Tests.Orders;
using LetterStudio.Domain.Webhooks;

namespace LetterStudio.Domain.Tests.Webhooks;

public class WebhookEventTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_status_change_event_names_its_order_for_the_logs_and_a_test_event_names_none()
    {
        var order = OrderFactory.Placed();
        order.MoveTo(OrderStatus.Cancelled, "customer@example.com", Now, "Plans changed");

        var statusChanged = WebhookEvent.StatusChanged(42, orderIsTest: false, order.History[^1], Now);
        var test = WebhookEvent.TestEvent(Now);

        Assert.That(WebhookEvent.OrderIdOf(statusChanged.PayloadJson), Is.EqualTo(42));
        Assert.That(WebhookEvent.OrderIdOf(test.PayloadJson), Is.Null, "the portal's test event is about order 0, no order");
        Assert.That(WebhookEvent.OrderIdOf("not json"), Is.Null);
        Assert.That(WebhookEvent.OrderIdOf("""{"data":{}}"""), Is.Null);
    }
}
