using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;

namespace LetterStudio.Domain.Tests.Orders;

public class PlacingOrderTests
{
    [Test]
    public void A_placed_order_is_received_with_its_details()
    {
        var order = OrderFactory.Placed();

        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Received));
            Assert.That(order.Currency, Is.EqualTo("GBP"));
            Assert.That(order.Anecdotes.Select(a => a.AnecdoteId), Is.EqualTo(new[] { 7, 8 }), "duplicates dropped");
            Assert.That(order.Anecdotes.All(a => a.PickedByCustomer), Is.True);
            Assert.That(order.History.Single().Reason, Is.EqualTo("Order placed"));
        });
    }

    [Test]
    public void A_delivery_date_in_the_past_is_refused_naming_the_field()
    {
        var ex = Assert.Throws<DomainValidationException>(() =>
            Order.Place(OrderFactory.Details(due: new DateOnly(2026, 11, 24)), "c", OrderFactory.Now));

        Assert.That(ex!.Field, Is.EqualTo("RequestedDeliveryDate"));
        Assert.That(ex.Message, Does.Contain("2026-11-24"));
    }

    [Test]
    public void Delivery_today_is_allowed()
    {
        var order = Order.Place(OrderFactory.Details(due: new DateOnly(2026, 11, 25)), "c", OrderFactory.Now);

        Assert.That(order.RequestedDeliveryDate, Is.EqualTo(new DateOnly(2026, 11, 25)));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void An_empty_brief_is_refused(string brief)
    {
        var ex = Assert.Throws<DomainValidationException>(() => Order.Place(OrderFactory.Details(brief: brief), "c", OrderFactory.Now));

        Assert.That(ex!.Field, Is.EqualTo("Brief"));
    }

    [Test]
    public void A_brief_over_the_limit_is_refused_with_its_length()
    {
        var ex = Assert.Throws<DomainValidationException>(() =>
            Order.Place(OrderFactory.Details(brief: new string('x', Limits.Brief + 1)), "c", OrderFactory.Now));

        Assert.That(ex!.Message, Does.Contain("8,001"));
    }

    [Test]
    public void A_bad_currency_is_refused()
    {
        var ex = Assert.Throws<DomainValidationException>(() =>
            Order.Place(OrderFactory.Details() with { Currency = "E1" }, "c", OrderFactory.Now));

        Assert.That(ex!.Field, Is.EqualTo("Currency"));
    }

    [Test]
    public void Pinning_an_anecdote_marks_it_and_adding_a_new_one_is_the_writers()
    {
        var order = OrderFactory.Placed();

        order.ChooseAnecdote(7, pinned: true);
        order.ChooseAnecdote(9, pinned: false);

        Assert.That(order.Anecdotes.Single(a => a.AnecdoteId == 7).Pinned, Is.True);
        Assert.That(order.Anecdotes.Single(a => a.AnecdoteId == 9).PickedByCustomer, Is.False);
    }
}
