using LetterStudio.Application.Orders;
using LetterStudio.Application.Webhooks;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LetterStudio.Web.Features.Api;

/// <summary>
/// A business's webhook endpoints through the API, the same as the portal's /my/webhooks: list, register (the
/// answer carries the signing secret, this once) and delete. Another customer's endpoint is a 404.
/// </summary>
public static class ApiV1Webhooks
{
    public static RouteGroupBuilder MapApiV1Webhooks(this RouteGroupBuilder api)
    {
        api.MapGet("/webhooks", ListAsync).Documented("listWebhooks", "The webhook endpoints of this key's customer");
        api.MapPost("/webhooks", RegisterAsync).Documented("registerWebhook", "Register an endpoint for order events (the answer carries its signing secret, once)",
            new(Body: """{"url": "https://hooks.example.com/letterstudio", "description": "Order updates"}"""));
        api.MapDelete("/webhooks/{id:int}", DeleteAsync).Documented("deleteWebhook", "Delete a webhook endpoint", new(Parameters: new Dictionary<string, string> { ["id"] = "1" }));
        return api;
    }

    private static async Task<Ok<List<WebhookEndpointDto>>> ListAsync(HttpContext http, WebhookEndpoints endpoints, CancellationToken ct) =>
        TypedResults.Ok((await endpoints.ListAsync(ApiCaller.From(http.User).CustomerId, ct)).Select(e => ToDto(e)).ToList());

    private static async Task<Results<Created<WebhookEndpointDto>, ValidationProblem>> RegisterAsync(RegisterWebhookRequest request, HttpContext http, WebhookEndpoints endpoints, CancellationToken ct)
    {
        try
        {
            var endpoint = await endpoints.RegisterAsync(ApiCaller.From(http.User).CustomerId, request.Url ?? "", request.Description, ct);
            return TypedResults.Created($"/api/v1/webhooks/{endpoint.Id}", ToDto(endpoint, withSecret: true));
        }
        catch (DomainValidationException ex)
        {
            return ApiV1.Problem(ex.Field.ToLowerInvariant(), ex.Reason);
        }
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(int id, HttpContext http, WebhookEndpoints endpoints, CancellationToken ct)
    {
        try
        {
            await endpoints.DeleteAsync(ApiCaller.From(http.User).CustomerId, id, ct);
            return TypedResults.NoContent();
        }
        catch (NotFoundException)
        {
            return TypedResults.NotFound();
        }
    }

    private static WebhookEndpointDto ToDto(WebhookEndpoint e, bool withSecret = false) =>
        new(e.Id, e.Url, e.Description, e.Active, e.CreatedAt, withSecret ? e.Secret : null);
}

/// <summary>A URL to receive order events: absolute https to a public host.</summary>
public sealed record RegisterWebhookRequest(string? Url, string? Description);

/// <summary>An endpoint; <c>secret</c> is only in the answer to its registration.</summary>
public sealed record WebhookEndpointDto(int Id, string Url, string? Description, bool Active, DateTimeOffset CreatedAt,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Secret);
