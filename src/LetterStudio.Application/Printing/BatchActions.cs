using LetterStudio.Data;
using LetterStudio.Application.Mail;
using LetterStudio.Application.Orders;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Printing;
using LetterStudio.Printing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LetterStudio.Application.Printing;

/// <summary>What the print room does with a built batch. Each action is one transaction, orders and batch together.</summary>
public sealed class BatchActions(LetterStudioDbContext db, MailOutbox mail, BatchPartWriter writer, PrintFolders folders,
    IOptions<PrintingOptions> options, TimeProvider time)
{
    /// <summary>The sheets are printed: every letter still in the batch moves Rendered → Printed.</summary>
    public async Task<PrintBatch> MarkPrintedAsync(int batchId, string actor, CancellationToken ct = default)
    {
        var batch = await LoadAsync(batchId, ct);
        var now = time.GetUtcNow();
        batch.MarkPrinted(actor, now);
        foreach (var order in await OrdersAsync(batch, ct))
            order.MoveTo(OrderStatus.Printed, actor, now, $"Printed in batch {batch.Id}");
        await db.SaveOrConflictAsync("PrintBatch", batchId, ct);
        return batch;
    }

    /// <summary>The letters are in the post: Printed → Mailed, and each customer is told.</summary>
    public async Task<PrintBatch> MarkMailedAsync(int batchId, DateOnly on, string actor, CancellationToken ct = default)
    {
        var batch = await LoadAsync(batchId, ct);
        var now = time.GetUtcNow();
        var orders = await OrdersAsync(batch, ct);
        batch.MarkMailed(on, actor, now);
        var recipients = await (from o in db.Orders.AsNoTracking()
                                where orders.Select(x => x.Id).Contains(o.Id)
                                join c in db.Customers on o.CustomerId equals c.Id
                                join r in db.Recipients on o.RecipientId equals r.Id
                                select new { o.Id, c.Email, r.CalledBy }).ToDictionaryAsync(x => x.Id, ct);
        foreach (var order in orders)
        {
            order.MoveTo(OrderStatus.Mailed, actor, now, $"Mailed on {on:yyyy-MM-dd} (batch {batch.Id})");
            var who = recipients[order.Id];
            mail.Enqueue(who.Email, $"Your letter to {who.CalledBy} is in the post ({order.Reference})",
                $"Your letter to {who.CalledBy} was posted on {on:d MMMM yyyy}.");
        }
        await db.SaveOrConflictAsync("PrintBatch", batchId, ct);
        return batch;
    }

    /// <summary>Takes a letter out of the batch; its order waits for another batch.</summary>
    public async Task PullAsync(int batchId, int orderId, string reason, string actor, CancellationToken ct = default)
    {
        var batch = await LoadAsync(batchId, ct);
        if (batch.Status is PrintBatchStatus.Printed or PrintBatchStatus.Mailed)
            throw new DomainValidationException("Status", $"batch {batchId} is {batch.Status}; a printed letter can no longer be pulled.");
        var item = batch.Items.SingleOrDefault(i => i.OrderId == orderId) ?? throw new NotFoundException("Letter in batch", orderId);
        item.Pull(reason, actor, time.GetUtcNow());
        await db.SaveOrConflictAsync("PrintBatch", batchId, ct);
    }

    /// <summary>Writes the letter again, alone, from its stored document (same sheets, mark and envelope), and records why.</summary>
    public async Task<PrintBatchFile> ReprintAsync(int batchId, int orderId, string reason, string actor, CancellationToken ct = default)
    {
        var batch = await LoadAsync(batchId, ct);
        if (batch.Status is not (PrintBatchStatus.Built or PrintBatchStatus.Printed))
            throw new DomainValidationException("Status", $"batch {batchId} is {batch.Status}; only a built or printed batch has letters to reprint.");
        var item = batch.Items.SingleOrDefault(i => i.OrderId == orderId && i.IsPrintable) ?? throw new NotFoundException("Letter in batch", orderId);
        var reprint = new PrintReprint(item.Id, reason, actor, time.GetUtcNow());
        db.PrintReprints.Add(reprint);
        await db.SaveChangesAsync(ct);

        var letter = (await PartLetters.LoadAsync(db, batchId, item.PartNumber, ct)).Single(l => l.OrderId == orderId) with { StartsGroup = false };
        var files = writer.WritePart(PrintBatchSettings.For(batch, options.Value), [letter], folders.Reprints(batchId), reprint.Id, null, ct);
        if (files.Failures.Count > 0) throw new DomainValidationException("Letter", $"{Order.ReferenceOf(orderId)} cannot be printed: {files.Failures[0].Reason}");
        File.Delete(files.EnvelopesPdf.Path);
        var file = new PrintBatchFile(PrintFileKind.Reprint, folders.Relative(files.LettersPdf.Path), files.LettersPdf.Bytes, files.LettersPdf.Sha256, files.LettersPdf.Pages);
        batch.AddReprintFile(file);
        await db.SaveChangesAsync(ct);
        reprint.Written(file.Id);
        await db.SaveChangesAsync(ct);
        return file;
    }

    private async Task<PrintBatch> LoadAsync(int batchId, CancellationToken ct) =>
        await db.PrintBatches.Include(b => b.Items).Include(b => b.Files).AsSplitQuery().SingleOrDefaultAsync(b => b.Id == batchId, ct)
        ?? throw new NotFoundException("Print batch", batchId);

    private async Task<List<Order>> OrdersAsync(PrintBatch batch, CancellationToken ct)
    {
        var ids = batch.Items.Where(i => i.IsPrintable).Select(i => i.OrderId).ToList();
        return await db.Orders.Include(o => o.History).Where(o => ids.Contains(o.Id)).ToListAsync(ct);
    }
}
