using LetterStudio.Application.Printing;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Printing;
using LetterStudio.Printing.Jobs.Batches;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Printing.Jobs.Tests;

[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public sealed class BatchActionTests(TestProvider provider)
{
    [Test]
    public async Task Marking_a_batch_printed_then_mailed_moves_its_orders_records_who_and_when_and_tells_each_customer()
    {
        await using var studio = await PrintStudio.StartAsync(provider, partSize: 5);
        var ids = await studio.SeedRenderedAsync(3);
        var created = await studio.CreateBatchAsync(new BatchRequest());
        Assert.That((await studio.WaitAsync(created.Id)).Status, Is.EqualTo(PrintBatchStatus.Built));
        var mailBefore = await studio.WithAsync(sp => studio.Db(sp).OutboundMail.CountAsync());

        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        await studio.WithAsync(sp => sp.GetRequiredService<MarkBatchPrinted>().HandleAsync(created.Id, "print@letterstudio.test"));
        var printed = await studio.LoadAsync(created.Id);
        Assert.That(printed.Status, Is.EqualTo(PrintBatchStatus.Printed));
        Assert.That(printed.PrintedBy, Is.EqualTo("print@letterstudio.test"));
        Assert.That(printed.PrintedAt, Is.GreaterThan(before));
        await AssertOrdersAsync(studio, ids, OrderStatus.Printed, "print@letterstudio.test", before);

        var today = DateOnly.FromDateTime(studio.Host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await studio.WithAsync(sp => sp.GetRequiredService<MarkBatchMailed>().HandleAsync(created.Id, today, "admin@letterstudio.test"));
        var mailed = await studio.LoadAsync(created.Id);
        Assert.That(mailed.Status, Is.EqualTo(PrintBatchStatus.Mailed));
        Assert.That((mailed.MailedBy, mailed.MailedOn), Is.EqualTo(("admin@letterstudio.test", (DateOnly?)today)));
        Assert.That(mailed.Items.All(i => !i.IsOpen), Is.True, "a mailed batch holds no letter open");
        await AssertOrdersAsync(studio, ids, OrderStatus.Mailed, "admin@letterstudio.test", before);

        var mail = await studio.WithAsync(sp => studio.Db(sp).OutboundMail.AsNoTracking().OrderBy(m => m.Id).Skip(mailBefore).ToListAsync());
        Assert.That(mail, Has.Count.EqualTo(ids.Count));
        Assert.That(mail.All(m => m.Subject.Contains("is in the post", StringComparison.Ordinal)), Is.True);
        foreach (var id in ids) Assert.That(mail.Any(m => m.Subject.Contains(Order.ReferenceOf(id), StringComparison.Ordinal)), Is.True, Order.ReferenceOf(id));
    }

    [Test]
    public async Task Marking_mailed_before_printed_is_refused_and_nothing_moves()
    {
        await using var studio = await PrintStudio.StartAsync(provider, partSize: 5);
        var ids = await studio.SeedRenderedAsync(1);
        var created = await studio.CreateBatchAsync(new BatchRequest());
        await studio.WaitAsync(created.Id);
        Assert.ThrowsAsync<LetterStudio.Domain.Common.DomainValidationException>(() => studio.WithAsync(sp =>
            sp.GetRequiredService<MarkBatchMailed>().HandleAsync(created.Id, DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime), "print@letterstudio.test")));
        var status = await studio.WithAsync(sp => studio.Db(sp).Orders.Where(o => o.Id == ids[0]).Select(o => o.Status).SingleAsync());
        Assert.That(status, Is.EqualTo(OrderStatus.Rendered));
    }

    [Test]
    public async Task A_pulled_letter_leaves_the_batch_and_waits_again_and_a_reprint_is_written_and_recorded_with_its_reason()
    {
        await using var studio = await PrintStudio.StartAsync(provider, partSize: 5);
        var ids = await studio.SeedRenderedAsync(3);
        var created = await studio.CreateBatchAsync(new BatchRequest());
        await studio.WaitAsync(created.Id);

        await studio.WithAsync(sp => sp.GetRequiredService<PullFromBatch>().HandleAsync(created.Id, ids[0], "customer changed the address", "print@letterstudio.test"));
        var file = await studio.WithAsync(sp => sp.GetRequiredService<ReprintLetter>().HandleAsync(created.Id, ids[1], "paper jam", "print@letterstudio.test"));

        var batch = await studio.LoadAsync(created.Id);
        var pulled = batch.Items.Single(i => i.OrderId == ids[0]);
        Assert.That((pulled.Pulled, pulled.PulledReason, pulled.PulledBy, pulled.IsOpen), Is.EqualTo((true, "customer changed the address", "print@letterstudio.test", false)));
        var waiting = await studio.WithAsync(sp => PrintQueue.WaitingAsync(studio.Db(sp)));
        Assert.That(waiting.Select(w => w.OrderId), Does.Contain(ids[0]), "a pulled letter can be batched again");

        var reprint = await studio.WithAsync(sp => studio.Db(sp).PrintReprints.AsNoTracking().SingleAsync());
        Assert.That((reprint.Reason, reprint.RequestedBy, reprint.PrintBatchFileId), Is.EqualTo(("paper jam", "print@letterstudio.test", (int?)file.Id)));
        Assert.That(PdfText.Sha256(studio.FullPath(file)), Is.EqualTo(file.Sha256));
        Assert.That(string.Concat(PdfText.Pages(studio.FullPath(file))), Does.Contain(PdfText.Normalize($"Letter {Order.ReferenceOf(ids[1])}.")));

        await studio.WithAsync(sp => sp.GetRequiredService<MarkBatchPrinted>().HandleAsync(created.Id, "print@letterstudio.test"));
        var statuses = await studio.WithAsync(sp => studio.Db(sp).Orders.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Status));
        Assert.That(statuses[ids[0]], Is.EqualTo(OrderStatus.Rendered), "the pulled letter was not printed");
        Assert.That((statuses[ids[1]], statuses[ids[2]]), Is.EqualTo((OrderStatus.Printed, OrderStatus.Printed)));
    }

    private static async Task AssertOrdersAsync(PrintStudio studio, IReadOnlyList<int> ids, OrderStatus status, string actor, DateTimeOffset after)
    {
        var changes = await studio.WithAsync(sp => studio.Db(sp).OrderHistory.AsNoTracking().Where(h => ids.Contains(h.OrderId) && h.To == status).ToListAsync());
        var orders = await studio.WithAsync(sp => studio.Db(sp).Orders.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => o.Status).ToListAsync());
        Assert.That(orders, Is.All.EqualTo(status));
        Assert.That(changes.Select(c => c.OrderId), Is.EquivalentTo(ids));
        Assert.That(changes.All(c => c.Actor == actor && c.At > after), Is.True, $"{status} recorded by {actor}");
    }
}
