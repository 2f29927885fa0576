using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Domain.Tests.Orders;

public class OrderLookTests
{
    private static readonly LetterLook Breip = LetterLook.Create("breip", 20, "#5B3A1E", Stationery.Ruled, PaperSize.Card5x7);

    [Test]
    public void An_order_placed_without_a_look_takes_the_house_look_and_one_placed_with_a_look_keeps_a_copy_of_it()
    {
        var plain = Order.Place(OrderFactory.Details(), "c@example.com", OrderFactory.Now);
        var chosen = Order.Place(OrderFactory.Details() with { Look = Breip, Envelope = false }, "c@example.com", OrderFactory.Now);

        Assert.That(plain.Look, Is.EqualTo(LetterLook.Default));
        Assert.That(chosen.Look, Is.EqualTo(Breip));
        Assert.That(chosen.Look, Is.Not.SameAs(Breip), "a copy, so no two orders share one owned instance");
        Assert.That((plain.WantsEnvelope, chosen.WantsEnvelope), Is.EqualTo((true, false)));
    }

    [Test]
    public void Changing_the_look_adds_a_history_line_without_moving_the_status()
    {
        var order = OrderFactory.In(OrderStatus.Drafting);
        var lines = order.History.Count;

        order.ChangeLook(Breip, "writer", OrderFactory.Now);

        Assert.That(order.Look, Is.EqualTo(Breip));
        Assert.That(order.Status, Is.EqualTo(OrderStatus.Drafting));
        Assert.That(order.History, Has.Count.EqualTo(lines + 1));
        Assert.That((order.History[^1].From, order.History[^1].To), Is.EqualTo(((OrderStatus?)OrderStatus.Drafting, OrderStatus.Drafting)));
        Assert.That(order.History[^1].Reason, Does.Contain("breip").And.Contain("Card5x7").And.Contain("was kristi"));
    }

    [Test]
    public void The_same_look_again_changes_nothing()
    {
        var order = OrderFactory.In(OrderStatus.Assigned);
        var lines = order.History.Count;

        order.ChangeLook(LetterLook.Default, "writer", OrderFactory.Now);

        Assert.That(order.History, Has.Count.EqualTo(lines));
    }

    [TestCase(OrderStatus.Approved)]
    [TestCase(OrderStatus.Rendered)]
    [TestCase(OrderStatus.Mailed)]
    [TestCase(OrderStatus.Cancelled)]
    public void Once_approved_or_finished_the_look_no_longer_changes(OrderStatus status)
    {
        var order = OrderFactory.In(status);

        var refused = Assert.Throws<DomainValidationException>(() => order.ChangeLook(Breip, "writer", OrderFactory.Now));

        Assert.That(refused!.Field, Is.EqualTo("Look"));
        Assert.That(order.Look, Is.EqualTo(LetterLook.Default));
    }
}
