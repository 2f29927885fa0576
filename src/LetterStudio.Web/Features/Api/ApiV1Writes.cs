using System.Security.Cryptography;
using System.Text.Json;
using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;
using LetterStudio.Web.Features.Api.Bulk;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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
        api.MapPost("/recipients", CreateRecipientAsync).Documented("createRecipient", "Add a recipient to the address book", new(Body: """
            {"name": "Margaret Hale", "calledBy": "Maggie", "relationship": "aunt", "line1": "12 Orchard Lane", "city": "Bath",
             "postalCode": "BA1 1AA", "country": "GB", "greeting": "Dearest Maggie,", "signOff": "With love,"}
            """));
        api.MapPost("/orders", CreateOrderAsync).Documented("createOrder", "Place an order for a letter", new(IdempotencyKey: true, Body: """
            {"recipientId": 1, "occasion": "birthday", "brief": "Her 80th: the garden, the piano, the summer in Cornwall.",
             "requestedDeliveryDate": "2030-06-01", "wantsProof": true, "envelope": true}
            """));
        api.MapBulkOrders();
        return api;
    }

    private static async Task<Results<Created<RecipientDto>, ValidationProblem>> CreateRecipientAsync(CreateRecipientRequest request, HttpContext http, LetterStudioDbContext db,
        Printability printability, CancellationToken ct)
    {
        var caller = ApiCaller.From(http.User);
        var customer = await db.Customers.Include(c => c.Recipients).SingleAsync(c => c.Id == caller.CustomerId, ct);
        try
        {
            var address = PostalAddress.Create(request.Line1, request.Line2, request.City, request.Region, request.PostalCode, request.Country);
            var recipient = customer.AddRecipient(request.Name, request.CalledBy, request.Relationship, address, caller.TestMode);
            recipient.SetVoice(new RecipientVoice(request.Greeting, request.SignOff, request.Signature, request.CallsClient, request.Closeness));
            // Written on the envelope in the customer's hand: refused now, not at batch time.
            printability.CheckRecipient(recipient.Name, address, await LetterStudio.Application.Customers.CustomerLooks.FontIdAsync(db, caller.CustomerId, ct));
            printability.CheckText(recipient.CalledBy, nameof(request.CalledBy));
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/v1/recipients/{recipient.Id}", ApiV1.ToDto(recipient));
        }
        catch (DomainValidationException ex)
        {
            return ApiV1.Problem(ex.Field, ex.Reason);
        }
    }

    private static async Task<Results<Created<OrderDto>, ValidationProblem, UnprocessableEntity<ProblemDetails>>> CreateOrderAsync(
        CreateOrderRequest request, HttpContext http, LetterStudioDbContext db, PlaceOrder place, IOptions<PriceList> prices, TimeProvider time, OrderTotals totals,
        Printability printability, CancellationToken ct)
    {
        var caller = ApiCaller.From(http.User);
        var key = http.Request.Headers[IdempotencyHeader].ToString();
        if (string.IsNullOrWhiteSpace(key))
            return ApiV1.Problem(IdempotencyHeader, "is required: a key of your choosing, the same for every retry of this order.");
        try
        {
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            // An API order takes the customer's profile look (the default for the next order) and keeps it from now on.
            var look = await LetterStudio.Application.Customers.CustomerLooks.DefaultAsync(db, caller.CustomerId, ct);
            var list = prices.Value;
            var quote = list.Quote(look.Paper, list.IncludedWords, request.Envelope, request.RequestedDeliveryDate, today);
            var memories = ReadMemories(request.Memories);
            var actor = http.User.Identity!.Name!;
            var strategy = db.Database.CreateExecutionStrategy();
            // The memories, the recipient's greeting and the order are one change: a refusal or a replayed key leaves none of it.
            var (order, created) = await strategy.ExecuteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var anecdoteIds = new List<int>(request.AnecdoteIds ?? []);
                if (memories.Count > 0 || request.Greeting is not null || request.SignOff is not null || request.Signature is not null)
                {
                    var recipient = await db.Recipients.SingleOrDefaultAsync(r => r.Id == request.RecipientId && r.CustomerId == caller.CustomerId && r.IsTest == caller.TestMode, ct)
                        ?? throw new DomainValidationException("RecipientId", $"recipient {request.RecipientId} is not in this customer's {(caller.TestMode ? "test " : "")}address book.");
                    var now = time.GetUtcNow();
                    foreach (var (memory, i) in memories.Select((m, i) => (m, i)))
                    {
                        try
                        {
                            printability.CheckText(memory.Text, "Text", multiline: true);
                            var anecdote = LetterStudio.Application.Orders.Portal.CustomerOrdering.NewMemory(caller.CustomerId, recipient.Id, memory, actor, now);
                            db.Anecdotes.Add(anecdote);
                            await db.SaveChangesAsync(ct);
                            anecdoteIds.Add(anecdote.Id);
                        }
                        catch (DomainValidationException ex)
                        {
                            throw new DomainValidationException($"memories[{i}].{MemoryField(ex.Field)}", ex.Reason);
                        }
                    }
                    if (request.Greeting is not null || request.SignOff is not null || request.Signature is not null)
                    {
                        var v = recipient.Voice;
                        try
                        {
                            recipient.SetVoice(v with { Greeting = request.Greeting ?? v.Greeting, SignOff = request.SignOff ?? v.SignOff, Signature = request.Signature ?? v.Signature });
                            foreach (var (text, field) in new[] { (recipient.Greeting, "greeting"), (recipient.SignOff, "signOff"), (recipient.Signature, "signature") })
                                if (text is not null) printability.CheckText(text, field);
                        }
                        catch (DomainValidationException ex)
                        {
                            throw new DomainValidationException(char.ToLowerInvariant(ex.Field[0]) + ex.Field[1..], ex.Reason);
                        }
                        await db.SaveChangesAsync(ct);
                    }
                }
                var details = new OrderDetails(caller.CustomerId, request.RecipientId, request.Occasion, request.Brief, request.Avoid, request.RequestedDeliveryDate,
                    quote.TotalMinor, quote.Currency, request.WantsProof, key.Trim(), anecdoteIds, Hash(request), IsTest: caller.TestMode,
                    Look: look, Envelope: request.Envelope);
                // The order as placed (or as found for a repeated key) carries its history already: no need to read it back.
                var result = await place.HandleAsync(details, actor, ct);
                if (result.Created) await tx.CommitAsync(ct);
                else await tx.RollbackAsync(ct);
                return result;
            });
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

    /// <summary>The memories as the domain takes them; a bad role or sensitivity names its place in the array.</summary>
    private static List<LetterStudio.Application.Orders.Portal.NewAnecdote> ReadMemories(IReadOnlyList<NewMemoryRequest>? memories)
    {
        var result = new List<LetterStudio.Application.Orders.Portal.NewAnecdote>();
        foreach (var (m, i) in (memories ?? []).Select((m, i) => (m, i)))
        {
            if (m is null || string.IsNullOrWhiteSpace(m.Text)) throw new DomainValidationException($"memories[{i}].text", "is required.");
            var people = new List<AnecdotePerson>();
            foreach (var (p, j) in (m.People ?? []).Select((p, j) => (p, j)))
            {
                var role = (p.Role ?? "other").ToLowerInvariant() switch
                {
                    "other" => PersonRole.Other,
                    "recipient" => PersonRole.Recipient,
                    "client" => PersonRole.Client,
                    _ => throw new DomainValidationException($"memories[{i}].people[{j}].role", $"'{p.Role}' is not a role; use recipient, client or other."),
                };
                if (string.IsNullOrWhiteSpace(p.Name)) throw new DomainValidationException($"memories[{i}].people[{j}].name", "is required.");
                people.Add(new AnecdotePerson(p.Name, role, p.Deceased));
            }
            var sensitivity = m.Sensitivity is null ? (AnecdoteSensitivity?)null
                : m.Sensitivity.Count == 0 ? AnecdoteSensitivity.None
                : AnecdotePeople.ParseSensitivity(string.Join(",", m.Sensitivity), $"memories[{i}].sensitivity");
            var on = DateOnly.TryParseExact(m.When?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
            result.Add(new LetterStudio.Application.Orders.Portal.NewAnecdote(m.Text, on, on is null ? m.When : null, people.Count > 0 ? people : null, m.About, sensitivity));
        }
        return result;
    }

    private static string MemoryField(string field) => field switch
    {
        "HappenedOn" or "HappenedWhen" => "when",
        _ => char.ToLowerInvariant(field[0]) + field[1..],
    };

    /// <summary>The request as the server understood it, so whitespace or property order in the JSON does not matter.</summary>
    private static string Hash(CreateOrderRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request with { AnecdoteIds = [.. (request.AnecdoteIds ?? []).Order()] })));
}
