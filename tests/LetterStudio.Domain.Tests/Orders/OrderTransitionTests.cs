using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;

namespace LetterStudio.Domain.Tests.Orders;

public class OrderTransitionTests
{
    private static readonly (OrderStatus From, OrderStatus To)[] Legal =
    [
        (OrderStatus.Received, OrderStatus.Assigned), (OrderStatus.Received, OrderStatus.Cancelled),
        (OrderStatus.Assigned, OrderStatus.Drafting), (OrderStatus.Assigned, OrderStatus.Cancelled),
        (OrderStatus.Drafting, OrderStatus.InReview), (OrderStatus.Drafting, OrderStatus.Cancelled),
        (OrderStatus.InReview, OrderStatus.Approved), (OrderStatus.InReview, OrderStatus.Drafting), (OrderStatus.InReview, OrderStatus.Cancelled),
        (OrderStatus.Approved, OrderStatus.Rendered), (OrderStatus.Approved, OrderStatus.Cancelled),
        (OrderStatus.Rendered, OrderStatus.Printed), (OrderStatus.Rendered, OrderStatus.Cancelled),
        (OrderStatus.Printed, OrderStatus.Mailed),
    ];

    private static IEnumerable<TestCaseData> LegalMoves() =>
        Legal.Select(m => new TestCaseData(m.From, m.To).SetName($"{m.From}_may_move_to_{m.To}"));

    private static IEnumerable<TestCaseData> IllegalMoves() =>
        from f in Enum.GetValues<OrderStatus>()
        from t in Enum.GetValues<OrderStatus>()
        where !Legal.Contains((f, t))
        select new TestCaseData(f, t).SetName($"{f}_may_not_move_to_{t}");

    [TestCaseSource(nameof(LegalMoves))]
    public void A_legal_move_changes_the_status_and_is_recorded(OrderStatus from, OrderStatus to)
    {
        var order = OrderFactory.In(from);
        var before = order.History.Count;
        var at = OrderFactory.Now.AddHours(3);

        order.MoveTo(to, "writer@studio", at, "because");

        Assert.That(order.Status, Is.EqualTo(to));
        Assert.That(order.History, Has.Count.EqualTo(before + 1));
        var line = order.History[^1];
        Assert.Multiple(() =>
        {
            Assert.That(line.From, Is.EqualTo(from));
            Assert.That(line.To, Is.EqualTo(to));
            Assert.That(line.Actor, Is.EqualTo("writer@studio"));
            Assert.That(line.At, Is.EqualTo(at));
            Assert.That(line.Reason, Is.EqualTo("because"));
        });
    }

    [TestCaseSource(nameof(IllegalMoves))]
    public void An_illegal_move_is_refused_and_changes_nothing(OrderStatus from, OrderStatus to)
    {
        var order = OrderFactory.In(from);
        var history = order.History.Count;

        var ex = Assert.Throws<IllegalTransitionException>(() => order.MoveTo(to, "writer", OrderFactory.Now, "why not"));

        Assert.That(ex!.Message, Does.Contain($"({from}) and cannot move to {to}"));
        Assert.That(order.Status, Is.EqualTo(from));
        Assert.That(order.History, Has.Count.EqualTo(history));
    }

    [Test]
    public void The_whole_way_from_received_to_mailed_is_recorded_in_order()
    {
        var order = OrderFactory.In(OrderStatus.Mailed);

        Assert.That(order.History.Select(h => h.To), Is.EqualTo(new[]
        {
            OrderStatus.Received, OrderStatus.Assigned, OrderStatus.Drafting, OrderStatus.InReview,
            OrderStatus.Approved, OrderStatus.Rendered, OrderStatus.Printed, OrderStatus.Mailed,
        }));
        Assert.That(order.History[0].From, Is.Null);
    }

    [Test]
    public void The_refusal_says_where_the_order_can_go_instead()
    {
        var order = OrderFactory.Placed();

        var ex = Assert.Throws<IllegalTransitionException>(() => order.MoveTo(OrderStatus.Approved, "writer", OrderFactory.Now));

        Assert.That(ex!.Message, Does.Contain("it can move to Assigned or Cancelled"));
    }

    [Test]
    public void A_mailed_order_says_it_is_finished()
    {
        var order = OrderFactory.In(OrderStatus.Mailed);

        var ex = Assert.Throws<IllegalTransitionException>(() => order.MoveTo(OrderStatus.Cancelled, "ops", OrderFactory.Now, "late"));

        Assert.That(ex!.Message, Does.Contain("finished"));
    }

    [Test]
    public void Cancelling_needs_a_reason()
    {
        var order = OrderFactory.Placed();

        var ex = Assert.Throws<DomainValidationException>(() => order.MoveTo(OrderStatus.Cancelled, "ops", OrderFactory.Now, "  "));

        Assert.That(ex!.Field, Is.EqualTo("Reason"));
        Assert.That(order.Status, Is.EqualTo(OrderStatus.Received));
    }

    [Test]
    public void Asking_for_changes_needs_a_comment()
    {
        var order = OrderFactory.In(OrderStatus.InReview);

        Assert.Throws<DomainValidationException>(() => order.MoveTo(OrderStatus.Drafting, "customer", OrderFactory.Now));
        order.MoveTo(OrderStatus.Drafting, "customer", OrderFactory.Now, "Please mention Cornwall");

        Assert.That(order.History[^1].Reason, Is.EqualTo("Please mention Cornwall"));
    }

    [Test]
    public void Assigning_a_received_order_moves_it_and_names_the_writer()
    {
        var order = OrderFactory.Placed();

        order.AssignTo("ann@studio", "lead@studio", OrderFactory.Now);

        Assert.That(order.Status, Is.EqualTo(OrderStatus.Assigned));
        Assert.That(order.AssignedWriter, Is.EqualTo("ann@studio"));
        Assert.That(order.History[^1].Actor, Is.EqualTo("lead@studio"));
    }

    [Test]
    public void A_drafting_order_can_be_handed_to_another_writer_without_moving()
    {
        var order = OrderFactory.In(OrderStatus.Drafting);

        order.AssignTo("bob@studio", "lead@studio", OrderFactory.Now);

        Assert.That(order.Status, Is.EqualTo(OrderStatus.Drafting));
        Assert.That(order.AssignedWriter, Is.EqualTo("bob@studio"));
    }

    [Test]
    public void A_printed_order_cannot_be_reassigned()
    {
        var order = OrderFactory.In(OrderStatus.Printed);

        Assert.Throws<DomainValidationException>(() => order.AssignTo("bob@studio", "lead", OrderFactory.Now));
    }
}
