using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LetterStudio.Web.Features.Api;

/// <summary>
/// What an endpoint's OpenAPI operation says beyond its signature: a file it answers with (its media type), whether it
/// takes an Idempotency-Key, and an example request (path and query values, a body) that a caller can send as it is.
/// </summary>
/// <param name="BodySchema">The body's type, for a handler that reads its body by hand (so the framework cannot see it).</param>
/// <param name="RowsBody">For a body of rows (bulk): the same rows as a JSON array of objects, column name to text.</param>
public sealed record ApiOperationDoc(string? FileType = null, bool IdempotencyKey = false, IReadOnlyDictionary<string, string>? Parameters = null,
    string? Body = null, string BodyType = "application/json", Type? BodySchema = null, string? RowsBody = null);

/// <summary>
/// The /api/v1 document as its callers read it: the API key as the security scheme, every answer that is not a success
/// as application/problem+json (401 and 429 on every operation, 404 with its problem body), files as files, and the
/// examples from <see cref="ApiOperationDoc"/>. Names and summaries come from each endpoint (<see cref="Documented"/>).
/// </summary>
public static class ApiDocument
{
    public const string ProblemType = "application/problem+json";
    private const string ProblemSchema = "ProblemDetails";

    /// <summary>An operationId (camelCase, unique), a one-line summary, and what else the document should say.</summary>
    public static RouteHandlerBuilder Documented(this RouteHandlerBuilder endpoint, string operationId, string summary, ApiOperationDoc? doc = null) =>
        endpoint.WithName(operationId).WithSummary(summary).WithMetadata(doc ?? new ApiOperationDoc());

    public static OpenApiOptions AddApiV1Document(this OpenApiOptions options)
    {
        options.AddOperationTransformer(async (operation, context, ct) =>
        {
            var doc = context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiOperationDoc>().LastOrDefault();
            if (doc is null) return;
            var bodySchema = doc.BodySchema is { } type ? await context.GetOrCreateSchemaAsync(type, null, ct) : null;
            Describe(operation, doc, bodySchema);
        });
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new() { Title = "LetterStudio API", Version = "v1", Description = "Order handwritten letters in bulk. Send your key in the X-Api-Key header; POST /orders and POST /orders/bulk need an Idempotency-Key header." };
            document.Components ??= new();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiKeyAuthentication.SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = ApiKeyAuthentication.Header,
                Description = "A live or test key from the portal's API keys page (/my/api-keys).",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.SchemeName, document)] = [] }];
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            if (!document.Components.Schemas.ContainsKey(ProblemSchema)) document.Components.Schemas[ProblemSchema] = ProblemDetailsSchema();
            foreach (var operation in (document.Paths ?? []).Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
                Problems(operation, document);
            return Task.CompletedTask;
        });
        return options;
    }

    private static void Describe(OpenApiOperation operation, ApiOperationDoc doc, IOpenApiSchema? bodySchema)
    {
        operation.Responses ??= [];
        if (doc.FileType is { } fileType)
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = fileType switch { "application/pdf" => "The PDF.", "image/png" => "The image.", _ => "The file." },
                Content = new Dictionary<string, OpenApiMediaType> { [fileType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } } },
            };
        operation.Parameters ??= [];
        if (doc.IdempotencyKey)
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = ApiV1Writes.IdempotencyHeader, In = ParameterLocation.Header, Required = true,
                Description = "A key of your choosing, the same for every retry of this request: a repeat answers as the first time did (with Idempotent-Replayed: true); another body under the same key is a 422.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 80 },
                Example = JsonValue.Create($"example-{operation.OperationId}"),
            });
        foreach (var (name, value) in doc.Parameters ?? new Dictionary<string, string>())
            if (operation.Parameters.FirstOrDefault(p => p.Name == name) is OpenApiParameter parameter)
                parameter.Example = int.TryParse(value, out var number) ? JsonValue.Create(number) : JsonValue.Create(value);
        if (doc.Body is { } body)
        {
            // Bulk reads its body by hand (CSV or JSON), so the framework knows nothing of it: say both here.
            operation.RequestBody ??= new OpenApiRequestBody { Required = true, Content = new Dictionary<string, OpenApiMediaType>() };
            if (operation.RequestBody is OpenApiRequestBody request)
            {
                request.Content ??= new Dictionary<string, OpenApiMediaType>();
                if (!request.Content.TryGetValue(doc.BodyType, out var media))
                    request.Content[doc.BodyType] = media = new OpenApiMediaType { Schema = bodySchema ?? new OpenApiSchema { Type = JsonSchemaType.String } };
                media.Example = doc.BodyType == "application/json" ? JsonNode.Parse(body) : JsonValue.Create(body);
                if (doc.RowsBody is { } rows)
                    request.Content["application/json"] = new OpenApiMediaType
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Array,
                            Items = new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Number | JsonSchemaType.Boolean | JsonSchemaType.Null } },
                        },
                        Example = JsonNode.Parse(rows),
                    };
            }
        }
    }

    /// <summary>Every refusal as problem+json: 401 and 429 everywhere, and a 4xx documented bare (404) or as plain JSON (422) given its problem body.</summary>
    private static void Problems(OpenApiOperation operation, OpenApiDocument document)
    {
        operation.Responses ??= [];
        var problem = new OpenApiSchemaReference(ProblemSchema, document);
        operation.Responses["401"] = Problem("No X-Api-Key header, or a key that is unknown or revoked.", problem);
        var tooMany = Problem("Over this key's rate limit (a token bucket per key); retry after the seconds in Retry-After.", problem);
        tooMany.Headers = new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } } };
        operation.Responses["429"] = tooMany;
        foreach (var (status, response) in operation.Responses.ToList())
        {
            if (!status.StartsWith('4') || response is not OpenApiResponse concrete) continue;
            if (concrete.Content is not { Count: > 0 } content)
                operation.Responses[status] = Problem(string.IsNullOrEmpty(concrete.Description) ? "Refused." : concrete.Description, problem);
            else if (content.Remove("application/json", out var json))
                content[ProblemType] = json;
        }
        // Numbers in the path and query are written as numbers: the framework also allows a string of digits (its JSON
        // reading is lenient), which a caller's generator would turn into a string parameter.
        foreach (var parameter in (operation.Parameters ?? []).Select(p => p.Schema).OfType<OpenApiSchema>())
            if (parameter.Type is { } t && t.HasFlag(JsonSchemaType.Integer) && t.HasFlag(JsonSchemaType.String))
                (parameter.Type, parameter.Pattern) = (t & ~JsonSchemaType.String, null);
        if (operation.Responses.TryGetValue("404", out var notFound) && notFound is OpenApiResponse missing)
            missing.Description = "Not found: no such object for this key's customer and mode (another customer's is a 404 too), or an id that is not a whole number from 1 to 2147483647.";
    }

    private static OpenApiResponse Problem(string description, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { [ProblemType] = new() { Schema = schema } },
    };

    private static OpenApiSchema ProblemDetailsSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details.",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
        },
    };
}
