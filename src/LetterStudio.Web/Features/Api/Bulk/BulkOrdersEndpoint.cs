using LetterStudio.Application.Orders;
using LetterStudio.Application.Orders.Bulk;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LetterStudio.Web.Features.Api.Bulk;

/// <summary>
/// POST /api/v1/orders/bulk: many orders from one CSV file (text/csv) or JSON array (application/json). Every row
/// is checked first; one bad row and nothing is created, and the 422 lists every bad row by its CSV line (or JSON
/// index) and column. A valid upload creates its recipients and orders in one transaction. Idempotency-Key as for
/// POST /orders: a repeat answers with the same orders, another upload under the same key is a 422.
/// </summary>
public static class BulkOrdersEndpoint
{
    public static RouteGroupBuilder MapBulkOrders(this RouteGroupBuilder api)
    {
        // The body is read by hand (CSV or JSON, with a size limit), so no Accepts metadata: with it, routing would
        // turn another media type away before the handler could answer with a problem naming the types it takes.
        api.MapPost("/orders/bulk", PostAsync)
            .Documented("createBulkOrders", "Place many orders from a CSV file or a JSON array, all or nothing", new(IdempotencyKey: true, BodyType: "text/csv", Body:
                "name,line1,city,postcode,country,occasion,brief,delivery_date\n" +
                "Margaret Hale,12 Orchard Lane,Bath,BA1 1AA,GB,birthday,Her 80th: the garden and the piano.,2030-06-01\n", RowsBody: """
                [{"name": "Margaret Hale", "line1": "12 Orchard Lane", "city": "Bath", "postcode": "BA1 1AA", "country": "GB",
                  "occasion": "birthday", "brief": "Her 80th: the garden and the piano.", "delivery_date": "2030-06-01"}]
                """))
            .WithDescription("Send the rows as text/csv (first line: the column names) or application/json (an array of objects with the same names).")
            .Produces<BulkOrdersResponse>(StatusCodes.Status201Created)
            .Produces<BulkOrdersResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<IResult> PostAsync(HttpContext http, PlaceBulkOrders place, IOptions<BulkOptions> options, OrderTotals totals, CancellationToken ct)
    {
        var caller = ApiCaller.From(http.User);
        var key = http.Request.Headers[ApiV1Writes.IdempotencyHeader].ToString();
        if (string.IsNullOrWhiteSpace(key))
            return ApiV1.Problem(ApiV1Writes.IdempotencyHeader, "is required: a key of your choosing, the same for every retry of this upload.");
        if (key.Trim().Length > 80)
            return ApiV1.Problem(ApiV1Writes.IdempotencyHeader, "must be at most 80 characters for a bulk upload.");
        var mediaType = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        BulkUpload.Format format;
        switch (mediaType)
        {
            case "text/csv": format = BulkUpload.Format.Csv; break;
            case "application/json": format = BulkUpload.Format.Json; break;
            default:
                return TypedResults.Problem($"Send the orders as text/csv or application/json, not '{mediaType ?? "(no Content-Type)"}'.",
                    statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        }
        try
        {
            var limits = options.Value;
            var content = await BulkUpload.ReadLimitedAsync(http.Request.Body, http.Request.ContentLength, limits.MaxBytes, ct);
            var rows = BulkUpload.Parse(content, format, limits.MaxRows);
            var result = await place.HandleAsync(caller.CustomerId, rows, key, caller.TestMode, http.User.Identity!.Name!, ct);
            if (result.Created) totals.Forget(caller.CustomerId);
            else http.Response.Headers[ApiV1Writes.ReplayedHeader] = "true";
            var response = BulkOrdersResponse.From(result);
            return result.Created ? TypedResults.Created("/api/v1/orders", response) : TypedResults.Ok(response);
        }
        catch (BulkUploadException ex) when (ex.TooLarge)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large", extensions: new Dictionary<string, object?> { ["field"] = ex.Field });
        }
        catch (BulkUploadException ex)
        {
            return RowsProblem(format, [new BulkRowError(-1, ex.Field, ex.Message)], "The upload cannot be read; nothing was created.");
        }
        catch (BulkInvalidException ex)
        {
            return RowsProblem(format, ex.Errors, ex.Message);
        }
        catch (IdempotencyKeyReusedException ex)
        {
            return TypedResults.UnprocessableEntity(new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity, Title = "Idempotency key reused", Detail = ex.Message, Extensions = { ["field"] = ApiV1Writes.IdempotencyHeader },
            });
        }
    }

    /// <summary>A 422 naming each bad row: "errors" keyed "line 5.postcode" (CSV) or "[4].postcode" (JSON), and the same as a list under "rows".</summary>
    internal static IResult RowsProblem(BulkUpload.Format format, IReadOnlyList<BulkRowError> errors, string detail)
    {
        // A negative position is the upload as a whole (unreadable, empty, too many rows): no line or index.
        var rows = errors.Select(e => new BulkErrorDto(format == BulkUpload.Format.Csv && e.Position >= 0 ? e.Position : null,
            format == BulkUpload.Format.Json && e.Position >= 0 ? e.Position : null, e.Field, e.Message)).ToList();
        var dictionary = errors.GroupBy(e => Where(format, e)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        return Results.ValidationProblem(dictionary, detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The upload has errors; nothing was created",
            extensions: new Dictionary<string, object?> { ["rows"] = rows });
    }

    internal static string Where(BulkUpload.Format format, BulkRowError e) =>
        e.Position < 0 ? e.Field : format == BulkUpload.Format.Csv ? $"line {e.Position}.{e.Field}" : $"[{e.Position}].{e.Field}";
}

/// <summary>One bad row of an upload: its CSV line or JSON index, the column and the reason.</summary>
public sealed record BulkErrorDto(int? Line, int? Index, string Field, string Message);

/// <summary>The orders a bulk upload created, in row order, and their total price.</summary>
public sealed record BulkOrdersResponse(int Count, long TotalMinor, string? Currency, IReadOnlyList<BulkOrderDto> Orders)
{
    public static BulkOrdersResponse From(BulkResult result) => new(result.Orders.Count, result.TotalMinor, result.Orders.FirstOrDefault()?.Currency,
        [.. result.Orders.Select(o => new BulkOrderDto(o.Row, o.OrderId, o.Reference, o.RecipientId, o.PriceMinor, o.Currency, o.IsTest))]);
}

/// <summary>One created order: the upload row it came from (from 1), its id and reference, and its price.</summary>
public sealed record BulkOrderDto(int Row, int Id, string Reference, int RecipientId, long PriceMinor, string Currency, bool IsTest);
