using LetterStudio.Data;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Features.Api;

/// <summary>
/// The API's order reads as compiled queries, each one round trip straight to the wire format: the order, its
/// history and whether a PDF exists. These are the calls integrations make most (the load bench drives them), so
/// they skip the query cache lookup, change tracking and a second query for the PDF.
/// </summary>
internal static class OrderReads
{
    public static readonly CompiledPerModel<Func<LetterStudioDbContext, int, int, bool, CancellationToken, Task<OrderDto?>>> ById = new(() => EF.CompileAsyncQuery(
        (LetterStudioDbContext db, int id, int customerId, bool isTest, CancellationToken ct) => db.Orders.AsNoTracking()
            .Where(o => o.Id == id && o.CustomerId == customerId && o.IsTest == isTest)
            .Select(o => new OrderDto(o.Id, Order.ReferenceOf(o.Id), o.Status, o.RecipientId, o.OccasionKey, o.Brief, o.RequestedDeliveryDate, o.PriceCents, o.Currency,
                o.WantsProof, db.Letters.Any(l => l.OrderId == o.Id && db.LetterDocuments.Any(d => d.LetterId == l.Id)), o.IsTest,
                o.History.OrderBy(h => h.Id).Select(h => new StatusChangeDto(h.From, h.To, h.At, h.Reason)).ToList(),
                new LookDto(o.Look.FontId, o.Look.FontSizePt, o.Look.InkColour, o.Look.Paper, o.Look.Stationery, o.Look.SignatureFontId, o.Look.SignatureUnderline),
                o.WantsEnvelope))
            .SingleOrDefault()));

    public static readonly CompiledPerModel<Func<LetterStudioDbContext, int, bool, OrderStatus?, CancellationToken, Task<int>>> Count = new(() => EF.CompileAsyncQuery(
        (LetterStudioDbContext db, int customerId, bool isTest, OrderStatus? status, CancellationToken ct) =>
            db.Orders.Count(o => o.CustomerId == customerId && o.IsTest == isTest && (status == null || o.Status == status))));

    /// <summary>
    /// A page of a customer's orders in one mode, newest first. The page's ids are picked from an index alone
    /// (IX_Orders_CustomerId_IsTest_Id, or IX_Orders_CustomerId_IsTest_Status_Id with a status), so OFFSET skips index entries, not
    /// rows; only the page's own rows are read. A list carries no history: that is one more query per order, and
    /// integrations that want it ask for the order.
    /// </summary>
    public static readonly CompiledPerModel<Func<LetterStudioDbContext, int, bool, OrderStatus?, int, int, IAsyncEnumerable<OrderSummaryDto>>> Page = new(() => EF.CompileAsyncQuery(
        (LetterStudioDbContext db, int customerId, bool isTest, OrderStatus? status, int skip, int take) => db.Orders.AsNoTracking()
            .Where(o => db.Orders.Where(p => p.CustomerId == customerId && p.IsTest == isTest && (status == null || p.Status == status))
                .OrderByDescending(p => p.Id).Skip(skip).Take(take).Select(p => p.Id).Contains(o.Id))
            .OrderByDescending(o => o.Id)
            .Select(o => new OrderSummaryDto(o.Id, Order.ReferenceOf(o.Id), o.Status, o.RecipientId, o.OccasionKey, o.Brief, o.RequestedDeliveryDate, o.PriceCents, o.Currency,
                o.WantsProof, db.Letters.Any(l => l.OrderId == o.Id && db.LetterDocuments.Any(d => d.LetterId == l.Id)), o.IsTest, o.UpdatedAt))));
}
