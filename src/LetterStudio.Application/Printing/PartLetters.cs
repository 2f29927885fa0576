using LetterStudio.Data;
using LetterStudio.Domain.Orders;
using LetterStudio.Handwriting;
using LetterStudio.Printing;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Printing;

/// <summary>Loads one part's letters, stored PDFs included, in mailing order, as the part writer wants them.</summary>
public static class PartLetters
{
    public static async Task<IReadOnlyList<BatchLetter>> LoadAsync(LetterStudioDbContext db, int batchId, int partNumber, CancellationToken ct)
    {
        var rows = await (from i in db.PrintBatchItems.AsNoTracking()
                          where i.PrintBatchId == batchId && i.PartNumber == partNumber && !i.Pulled
                          join d in db.LetterDocuments on i.LetterDocumentId equals d.Id
                          join o in db.Orders on i.OrderId equals o.Id
                          join r in db.Recipients on o.RecipientId equals r.Id
                          orderby i.Sequence
                          select new { i.Sequence, i.OrderId, i.GroupKey, i.GroupLabel, i.StartsGroup, d.PageCount, d.Pdf, d.Sha256, d.RenderSettingsJson, r.Name, r.Address })
            .ToListAsync(ct);
        return rows.Select(x =>
        {
            var look = PrintQueue.Look.Parse(x.RenderSettingsJson);
            var address = x.Address.Lines();
            var envelope = new EnvelopeRequest([x.Name, .. address], EnvelopeSizes.For(x.Address.CountryCode),
                look.Font, InkColor.TryParse(look.Ink, out var ink) ? ink : InkColor.BlueBlack, look.Seed, Math.Clamp(look.Realism, 0, 3));
            return new BatchLetter(x.Sequence, x.OrderId, Order.ReferenceOf(x.OrderId), x.GroupKey, x.GroupLabel, x.StartsGroup, x.PageCount,
                x.Pdf, envelope, x.Name, address, x.Sha256);
        }).ToList();
    }
}
