using System.Text.Json;
using LetterStudio.Data;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Printing;

/// <summary>
/// The letters waiting to print: orders in Rendered with a stored document (the latest revision's), not
/// test orders, not already in an open batch. Sorted as they will be mailed: by group (paper, stationery,
/// ink), then due date, then order.
/// </summary>
public static class PrintQueue
{
    public static async Task<IReadOnlyList<WaitingLetter>> WaitingAsync(LetterStudioDbContext db, DateOnly? dueOnOrBefore = null,
        PaperSize? paper = null, CancellationToken ct = default)
    {
        var query = from o in db.Orders.AsNoTracking()
                    where o.Status == OrderStatus.Rendered && !o.IsTest
                          && !db.PrintBatchItems.Any(i => i.OrderId == o.Id && i.IsOpen)
                    join l in db.Letters on o.Id equals l.OrderId
                    join r in db.Recipients on o.RecipientId equals r.Id
                    let d = db.LetterDocuments.Where(d => d.LetterId == l.Id)
                        .OrderByDescending(d => d.RevisionNumber).ThenByDescending(d => d.Id)
                        .Select(d => new { d.Id, d.PageCount, d.RenderSettingsJson }).FirstOrDefault()
                    where d != null
                    select new { o.Id, o.RequestedDeliveryDate, DocumentId = d.Id, d.PageCount, d.RenderSettingsJson, r.Name };
        if (dueOnOrBefore is { } due) query = query.Where(x => x.RequestedDeliveryDate <= due);
        var rows = await query.ToListAsync(ct);
        var letters = rows.Select(x =>
        {
            var look = Look.Parse(x.RenderSettingsJson);
            return new WaitingLetter(x.Id, Order.ReferenceOf(x.Id), x.RequestedDeliveryDate, x.DocumentId, x.PageCount, look.Paper, look.Stationery, look.Ink, x.Name);
        });
        if (paper is { } p) letters = letters.Where(l => l.Paper == p);
        return letters.OrderBy(l => l.Paper).ThenBy(l => l.Stationery).ThenBy(l => l.Ink, StringComparer.Ordinal)
            .ThenBy(l => l.Due).ThenBy(l => l.OrderId).ToList();
    }

    /// <summary>The look stored with a rendered document (see the desk's DeskLook.ToJson).</summary>
    internal sealed record Look(string? Font, PaperSize Paper, Stationery Stationery, string Ink, int Realism, long Seed)
    {
        public static Look Parse(string json)
        {
            using var doc = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
            var root = doc.RootElement;
            string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            long Number(string name, long fallback) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : fallback;
            return new Look(
                Text("font"),
                Enum.TryParse<PaperSize>(Text("paper"), out var paper) ? paper : PaperSize.A4,
                Enum.TryParse<Stationery>(Text("stationery"), out var stationery) ? stationery : Stationery.Plain,
                (Text("ink") ?? "#1A2A6C").ToUpperInvariant(),
                (int)Number("realism", 2),
                Number("seed", 0));
        }
    }
}
