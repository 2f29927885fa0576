using System.Security.Cryptography;
using System.Text.Json;
using LetterStudio.Data;
using LetterStudio.Data.Orders;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using LetterStudio.Web.Features.Api.Bulk;

namespace LetterStudio.Web.Features.Api;

/// <summary>
/// The API's writes: a recipient into the caller's address book, and an order. An order POST carries an
/// Idempotency-Key: the same key with the same body answers as the first time (same order, 201), the same key
/// with another body is a 422, and two concurrent requests with one key create one order.
/// </summary>
public static class ApiV1Writes
{
    public const string IdempotencyHeader = "Idempotency-Key";
    /// <summary>Set to "true" on an answer repeated for a key already used, as Stripe does, so a client can tell a retry from a new order.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    public static RouteGroupBuilder MapApiV1Writes(this RouteGroupBuilder api)
    {
        api.MapPost("/recipients", CreateRecipientAsync);
        api.MapPost("/orders", CreateOrderAsync);
        api.MapBulkOrders();
        return api;
    }

    private static async Task<Results<Created<RecipientDto>, ValidationProblem>> CreateRecipientAsync(CreateRecipientRequest request, HttpContext http, LetterStudioDbContext db,
        Printability printability)
    {
        var caller = ApiCaller.From(http.User);
        var customer = await db.Customers.Include(c => c.Recipients).SingleAsync(c => c.Id == caller.CustomerId);
        try
        {
            var address = PostalAddress.Create(request.Line1, request.Line2, request.City, request.Region, request.PostalCode, request.Country);
            var recipient = customer.AddRecipient(request.Name, request.CalledBy, request.Relationship, address, caller.TestMode);
            // Written on the envelope in the customer's hand: refused now, not at batch time.
            printability.CheckRecipient(recipient.Name, address, await Data.Customers.CustomerLooks.FontIdAsync(db, caller.CustomerId));
            printability.CheckText(recipient.CalledBy, nameof(request.CalledBy));
            await db.SaveChangesAsync();
            return TypedResults.Created($"/api/v1/recipients/{recipient.Id}", ApiV1.ToDto(recipient));
        }
        catch (DomainValidationException ex)
        {
            return ApiV1.Problem(ex.Field, ex.Reason);
        }
    }

    private static async Task<Results<Created<OrderDto>, ValidationProblem, UnprocessableEntity<ProblemDetails>>> CreateOrderAsync(
        CreateOrderRequest request, HttpContext http, LetterStudioDbContext db, PlaceOrder place, IOptions<PriceList> prices, TimeProvider time, OrderTotals totals)
    {
        var caller = ApiCaller.From(http.User);
        var key = http.Request.Headers[IdempotencyHeader].ToString();
        if (string.IsNullOrWhiteSpace(key))
            return ApiV1.Problem(IdempotencyHeader, "is required: a key of your choosing, the same for every retry of this order.");
        try
        {
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            // An API order takes the customer's profile look (the default for the next order) and keeps it from now on.
            var look = await Data.Customers.CustomerLooks.DefaultAsync(db, caller.CustomerId);
            var list = prices.Value;
            var quote = list.Quote(look.Paper, list.IncludedWords, request.Envelope, request.RequestedDeliveryDate, today);
            var details = new OrderDetails(caller.CustomerId, request.RecipientId, request.Occasion, request.Brief, request.Avoid, request.RequestedDeliveryDate,
                quote.TotalMinor, quote.Currency, request.WantsProof, key.Trim(), request.AnecdoteIds ?? [], Hash(request), IsTest: caller.TestMode,
                Look: look, Envelope: request.Envelope);
            // The order as placed (or as found for a repeated key) carries its history already: no need to read it back.
            var (order, created) = await place.HandleAsync(details, http.User.Identity!.Name!);
            if (created) totals.Forget(caller.CustomerId);
            else http.Response.Headers[ReplayedHeader] = "true";
            return TypedResults.Created($"/api/v1/orders/{order.Id}", ApiV1.ToDto(order, hasPdf: false));
        }
        catch (DomainValidationException ex)
        {
            return ApiV1.Problem(ex.Field, ex.Reason);
        }
        catch (IdempotencyKeyReusedException ex)
        {
            return TypedResults.UnprocessableEntity(new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity, Title = "Idempotency key reused", Detail = ex.Message, Extensions = { ["field"] = IdempotencyHeader },
            });
        }
    }

    /// <summary>The request as the server understood it, so whitespace or property order in the JSON does not matter.</summary>
    private static string Hash(CreateOrderRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request with { AnecdoteIds = [.. (request.AnecdoteIds ?? []).Order()] })));
}
