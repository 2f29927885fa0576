using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using LetterStudio.Handwriting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Features.Api;

/// <summary>
/// The public API for businesses, /api/v1, authenticated by API key. Every query is kept to the key's
/// customer and the key's mode: another customer's recipient or order is a 404, never a 403, so ids reveal nothing,
/// and so is a live object for a test key and a test object for a live key (test and live are apart, as in Stripe).
/// </summary>
public static class ApiV1
{
    /// <summary>Orders per page unless the caller asks for more (up to 200).</summary>
    public const int DefaultPageSize = 20;

    public static readonly AuthorizationPolicy Policy = new AuthorizationPolicyBuilder(ApiKeyAuthentication.SchemeName)
        .RequireAuthenticatedUser().RequireClaim(ApiKeyAuthentication.CustomerClaim).Build();

    /// <summary>The example id in the document: an object of the caller's own or a 404, both documented.</summary>
    private static readonly Dictionary<string, string> Id = new() { ["id"] = "1" };

    public static IEndpointRouteBuilder MapApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policy).RequireRateLimiting(ApiRateLimitOptions.PolicyName)
            .DisableAntiforgery().WithTags("LetterStudio API v1");
        api.MapGet("/occasions", async (LetterStudioDbContext db, CancellationToken ct) => TypedResults.Ok(await db.Occasions.AsNoTracking().Where(o => o.Active)
            .OrderBy(o => o.Key).Select(o => new OccasionDto(o.Key, o.Name, o.Description)).ToListAsync(ct)))
            .Documented("listOccasions", "The occasions a letter can be for");
        api.MapGet("/fonts", (FontLibrary fonts) => TypedResults.Ok(fonts.Fonts.Select(f => new FontDto(f.Id, f.DisplayName, f.DefaultSize)).ToList()))
            .Documented("listFonts", "The handwriting fonts");
        api.MapGet("/recipients", ListRecipientsAsync).Documented("listRecipients", "The address book of this key's customer and mode");
        api.MapGet("/recipients/{id:int}", GetRecipientAsync).Documented("getRecipient", "One recipient", new(Parameters: Id));
        api.MapGet("/orders", ListOrdersAsync).Documented("listOrders", "A page of orders, newest first",
            new(Parameters: new Dictionary<string, string> { ["page"] = "1", ["pageSize"] = "20" }));
        api.MapGet("/orders/{id:int}", GetOrderAsync).Documented("getOrder", "One order with its history", new(Parameters: Id));
        api.MapPost("/orders/{id:int}/cancel", CancelOrderAsync).Documented("cancelOrder", "Cancel an order that is not yet printed",
            new(Parameters: Id, Body: """{"reason": "The party was called off."}"""));
        api.MapGet("/orders/{id:int}/pdf", GetPdfAsync).Documented("getOrderPdf", "The approved letter's PDF, once rendered", new(FileType: "application/pdf", Parameters: Id));
        api.MapGet("/orders/{id:int}/proof/{page:int}.png", GetProofPageAsync).Documented("getProofPage", "A page of the proof as a PNG, once sent for review",
            new(FileType: "image/png", Parameters: new Dictionary<string, string> { ["id"] = "1", ["page"] = "1", ["dpi"] = "96" }));
        api.MapGet("/quote", Quote).Documented("getQuote", "The price of a letter",
            new(Parameters: new Dictionary<string, string> { ["paper"] = "A4", ["words"] = "250", ["envelope"] = "true", ["delivery"] = "2030-06-01" }));
        api.MapApiV1Writes();
        api.MapApiV1Webhooks();
        api.MapApiV1VoiceSamples();
        Privacy.ExportEndpoints.MapApiExport(api);
        Privacy.ErasureEndpoints.MapApiErasure(api);
        return app;
    }

    private static async Task<Ok<List<RecipientDto>>> ListRecipientsAsync(HttpContext http, LetterStudioDbContext db, CancellationToken ct)
    {
        var caller = ApiCaller.From(http.User);
        var recipients = await db.Recipients.AsNoTracking().Where(r => r.CustomerId == caller.CustomerId && r.IsTest == caller.TestMode).OrderBy(r => r.Id).ToListAsync(ct);
        return TypedResults.Ok(recipients.Select(ToDto).ToList());
    }

    private static async Task<Results<Ok<RecipientDto>, NotFound>> GetRecipientAsync(int id, HttpContext http, LetterStudioDbContext db, CancellationToken ct)
    {
        var caller = ApiCaller.From(http.User);
        var recipient = await db.Recipients.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.CustomerId == caller.CustomerId && r.IsTest == caller.TestMode, ct);
        return recipient is null ? TypedResults.NotFound() : TypedResults.Ok(ToDto(recipient));
    }

    private static async Task<Results<Ok<PageOf<OrderSummaryDto>>, ValidationProblem>> ListOrdersAsync(HttpContext http, LetterStudioDbContext db, OrderTotals totals,
        CancellationToken ct, int page = 1, int pageSize = DefaultPageSize, OrderStatus? status = null)
    {
        if (pageSize is < 1 or > 200) return Problem("pageSize", "must be between 1 and 200.");
        // (page - 1) * pageSize must fit an int: page 2147483647 once wrapped round to page 1.
        if (page < 1 || page > MaxPage(pageSize)) return Problem("page", $"must be between 1 and {MaxPage(pageSize)} for pages of {pageSize}.");
        var caller = ApiCaller.From(http.User);
        var known = http.Features.Get<RequestStamps>() is { } read && read.CustomerId == caller.CustomerId ? read.Stamps : (LetterStudio.Data.Caching.CustomerStamps?)null;
        var total = await totals.CountAsync(db, caller.CustomerId, caller.TestMode, status, known, ct);
        var rows = new List<OrderSummaryDto>(pageSize);
        await foreach (var row in OrderReads.Page.For(db)(db, caller.CustomerId, caller.TestMode, status, (page - 1) * pageSize, pageSize).WithCancellation(ct)) rows.Add(row);
        return TypedResults.Ok(new PageOf<OrderSummaryDto>(rows, page, pageSize, total));
    }

    private static async Task<Results<Ok<OrderDto>, NotFound>> GetOrderAsync(int id, HttpContext http, LetterStudioDbContext db, CancellationToken ct)
    {
        var caller = ApiCaller.From(http.User);
        var order = await OrderReads.ById.For(db)(db, id, caller.CustomerId, caller.TestMode, ct);
        return order is null ? TypedResults.NotFound() : TypedResults.Ok(order);
    }

    private static async Task<Results<Ok<OrderDto>, NotFound, ValidationProblem, Conflict<ProblemHttpResult>>> CancelOrderAsync(
        int id, CancelRequest request, HttpContext http, LetterStudioDbContext db, AdvanceOrder advance, OrderTotals totals, CancellationToken ct)
    {
        var caller = ApiCaller.From(http.User);
        if (!await db.Orders.AnyAsync(o => o.Id == id && o.CustomerId == caller.CustomerId && o.IsTest == caller.TestMode, ct)) return TypedResults.NotFound();
        try
        {
            var order = await advance.HandleAsync(id, OrderStatus.Cancelled, http.User.Identity!.Name!, request.Reason, ct);
            totals.Forget(caller.CustomerId);
            return TypedResults.Ok(ToDto(order, (await PdfOrderIdsAsync(db, [id], ct)).Contains(id)));
        }
        catch (DomainValidationException ex)
        {
            return Problem(ex.Field, ex.Reason);
        }
        catch (IllegalTransitionException ex)
        {
            return TypedResults.Conflict(TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict, title: "The order can no longer be cancelled"));
        }
    }

    /// <summary>The approved letter's PDF, once it is rendered.</summary>
    private static async Task<Results<FileContentHttpResult, NotFound>> GetPdfAsync(int id, HttpContext http, LetterStudioDbContext db, Desk.LetterPages pages, CancellationToken ct)
    {
        var caller = ApiCaller.From(http.User);
        if (!await db.Orders.AnyAsync(o => o.Id == id && o.CustomerId == caller.CustomerId && o.IsTest == caller.TestMode, ct)) return TypedResults.NotFound();
        return await Desk.LetterFileEndpoints.PdfResultAsync(pages, id, download: true, ct);
    }

    /// <summary>A page of the proof, once the writer has sent it (InReview or later): drafts in progress stay the writer's.</summary>
    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> GetProofPageAsync(
        int id, int page, HttpContext http, LetterStudioDbContext db, Desk.LetterPages pages, CancellationToken ct, int dpi = 96)
    {
        var caller = ApiCaller.From(http.User);
        var status = await db.Orders.AsNoTracking().Where(o => o.Id == id && o.CustomerId == caller.CustomerId && o.IsTest == caller.TestMode).Select(o => (OrderStatus?)o.Status).SingleOrDefaultAsync(ct);
        if (status is null or < OrderStatus.InReview or OrderStatus.Cancelled) return TypedResults.NotFound();
        return await Desk.LetterFileEndpoints.PngResultAsync(pages, id, page, dpi, ct);
    }

    private static Results<Ok<PriceQuote>, ValidationProblem> Quote(Domain.Styles.PaperSize paper, int words, bool envelope, DateOnly delivery,
        Microsoft.Extensions.Options.IOptions<PriceList> prices, TimeProvider time)
    {
        try
        {
            return TypedResults.Ok(prices.Value.Quote(paper, words, envelope, delivery, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)));
        }
        catch (DomainValidationException ex)
        {
            return Problem(ex.Field, ex.Reason);
        }
    }

    private static async Task<HashSet<int>> PdfOrderIdsAsync(LetterStudioDbContext db, IEnumerable<int> orderIds, CancellationToken ct)
    {
        var ids = orderIds.ToList();
        return [.. await (from d in db.LetterDocuments join l in db.Letters on d.LetterId equals l.Id where ids.Contains(l.OrderId) select l.OrderId).Distinct().ToListAsync(ct)];
    }

    private static int MaxPage(int pageSize) => int.MaxValue / pageSize;

    internal static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    internal static RecipientDto ToDto(Recipient r) => new(r.Id, r.Name, r.CalledBy, r.Relationship,
        new AddressDto(r.Address.Line1, r.Address.Line2, r.Address.City, r.Address.Region, r.Address.PostalCode, r.Address.CountryCode, r.Address.Lines()), r.IsTest);

    internal static OrderDto ToDto(Order o, bool hasPdf) => new(o.Id, o.Reference, o.Status, o.RecipientId, o.OccasionKey, o.Brief, o.RequestedDeliveryDate,
        o.PriceCents, o.Currency, o.WantsProof, hasPdf, o.IsTest, [.. o.History.OrderBy(h => h.Id).Select(h => new StatusChangeDto(h.From, h.To, h.At, h.Reason))],
        LookDto.From(o.Look), o.WantsEnvelope);
}
