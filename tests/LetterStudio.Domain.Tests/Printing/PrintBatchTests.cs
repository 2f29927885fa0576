using LetterStudio.Domain.Common;
using LetterStudio.Domain.Printing;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Domain.Tests.Printing;

public class PrintBatchTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static PrintBatch Building(int letters)
    {
        var batch = new PrintBatch(PaperSize.A5, duplex: false, partSize: 2, "operator@studio", Now);
        for (var i = 1; i <= letters; i++) batch.Add(100 + i, 500 + i, "a5-ruled", "A5 · ruled");
        batch.StartBuild(Now);
        return batch;
    }

    [Test]
    public void A_failed_batch_lets_go_of_its_letters_and_keeps_the_reason()
    {
        var batch = Building(3);
        Assert.That(batch.Items.Select(i => i.IsOpen), Is.All.True, "while building, the letters are held");

        batch.Fail("its jobs could not be scheduled: the job store is down");

        Assert.That(batch.Status, Is.EqualTo(PrintBatchStatus.Failed));
        Assert.That(batch.FailureReason, Does.Contain("job store is down"));
        Assert.That(batch.Items.Select(i => i.IsOpen), Is.All.False, "released: a new batch can take them");
        Assert.That(batch.Items.Select(i => i.OrderId), Is.EqualTo(new[] { 101, 102, 103 }), "the list stays, for the print room");
    }

    [Test]
    public void A_failed_batch_cannot_be_marked_printed()
    {
        var batch = Building(1);
        batch.Fail("assembly failed");

        var error = Assert.Throws<DomainValidationException>(() => batch.MarkPrinted("operator@studio", Now));
        Assert.That(error!.Message, Does.Contain("Failed"));
    }

    [Test]
    public void A_letter_can_be_in_a_batch_only_once_and_the_refusal_names_it()
    {
        var batch = new PrintBatch(PaperSize.A5, duplex: false, partSize: 2, "operator@studio", Now);
        batch.Add(101, 501, "a5-ruled", "A5 · ruled");
        batch.Add(102, 502, "a5-ruled", "A5 · ruled");

        var error = Assert.Throws<DomainValidationException>(() => batch.Add(101, 509, "a5-plain", "A5 · plain"));

        Assert.That(error!.Field, Is.EqualTo("Items"));
        Assert.That(error.Message, Does.Contain("order 101 is already in batch"));
        Assert.That(batch.Items.Select(i => i.OrderId), Is.EqualTo(new[] { 101, 102 }), "nothing was added");
        Assert.That(batch.LetterCount, Is.EqualTo(2));
    }

    [Test]
    public void Letters_are_numbered_in_mailing_order_and_cut_into_parts_of_the_batch_size()
    {
        var batch = Building(5);

        Assert.That(batch.Items.Select(i => i.Sequence), Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
        Assert.That(batch.Items.Select(i => i.PartNumber), Is.EqualTo(new[] { 1, 1, 2, 2, 3 }));
        Assert.That(batch.Parts.Select(p => (p.PartNumber, p.FirstSequence, p.LastSequence)),
            Is.EqualTo(new[] { (1, 1, 2), (2, 3, 4), (3, 5, 5) }));
    }
}
