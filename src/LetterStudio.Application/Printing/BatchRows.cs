using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Printing;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Printing;

/// <summary>What the print room's actions on a built batch load: the batch with its items and files, and its printable letters' orders.</summary>
internal static class BatchRows
{
    public static async Task<PrintBatch> LoadAsync(LetterStudioDbContext db, int batchId, CancellationToken ct) =>
        await db.PrintBatches.Include(b => b.Items).Include(b => b.Files).AsSplitQuery().SingleOrDefaultAsync(b => b.Id == batchId, ct)
        ?? throw new NotFoundException("Print batch", batchId);

    public static async Task<List<Order>> PrintableOrdersAsync(LetterStudioDbContext db, PrintBatch batch, CancellationToken ct)
    {
        var ids = batch.Items.Where(i => i.IsPrintable).Select(i => i.OrderId).ToList();
        return await db.Orders.Include(o => o.History).Where(o => ids.Contains(o.Id)).ToListAsync(ct);
    }
}
