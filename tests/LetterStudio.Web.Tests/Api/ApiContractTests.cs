using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using LetterStudio.Domain.Customers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace LetterStudio.Web.Tests.Api;

/// <summary>
/// The API's contract as its callers read it: every answer is problem+json or the documented success, never a redirect;
/// the OpenAPI document reads back without errors and says what the API does; each of its examples, sent as it is, gets
/// an answer the document lists, in the shape it gives.
/// </summary>
public class ApiContractTests
{
    private StudioFactory factory = null!;
    private string liveKey = null!, testKey = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = new StudioFactory();
        await factory.WithDbAsync(async db =>
        {
            var eleanor = await db.Customers.SingleAsync(c => c.Email == "eleanor@example.com");
            var (live, liveSecret) = ApiKey.Create(eleanor.Id, "contract", testMode: false, DateTimeOffset.UtcNow);
            var (test, testSecret) = ApiKey.Create(eleanor.Id, "contract-test", testMode: true, DateTimeOffset.UtcNow);
            db.ApiKeys.AddRange(live, test);
            await db.SaveChangesAsync();
            (liveKey, testKey) = (liveSecret, testSecret);
        });
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private HttpClient Client(string? key)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        var problem = JsonNode.Parse(body)!;
        Assert.That(problem["status"]!.GetValue<int>(), Is.EqualTo((int)status));
        return problem;
    }

    [TestCase("GET", "/api/v1/orders/null")]
    [TestCase("GET", "/api/v1/orders/2147483648")]
    [TestCase("GET", "/api/v1/orders/-1x")]
    [TestCase("GET", "/api/v1/recipients/null")]
    [TestCase("GET", "/api/v1/recipients/2147483648")]
    [TestCase("POST", "/api/v1/orders/null/cancel")]
    [TestCase("POST", "/api/v1/orders/2147483648/cancel")]
    [TestCase("GET", "/api/v1/orders/null/pdf")]
    [TestCase("GET", "/api/v1/orders/2147483648/pdf")]
    [TestCase("GET", "/api/v1/orders/null/proof/1.png")]
    [TestCase("GET", "/api/v1/orders/2147483648/proof/1.png")]
    [TestCase("GET", "/api/v1/orders/1/proof/2147483648.png")]
    [TestCase("GET", "/api/v1/no-such-thing")]
    public async Task An_id_that_is_not_a_32_bit_integer_is_a_404_problem_not_a_redirect(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST") request.Content = new StringContent("{\"reason\": \"x\"}", Encoding.UTF8, "application/json");

        var problem = await ProblemAsync(await Client(liveKey).SendAsync(request), HttpStatusCode.NotFound);

        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("2147483647"));
    }

    [Test]
    public async Task A_method_a_route_does_not_take_is_a_405_problem()
    {
        await ProblemAsync(await Client(liveKey).DeleteAsync("/api/v1/orders"), HttpStatusCode.MethodNotAllowed);
    }

    [TestCase("/api/v1/orders/1/cancel")]
    [TestCase("/api/v1/recipients")]
    [TestCase("/api/v1/orders")]
    public async Task A_post_without_a_json_content_type_is_a_415_problem(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent("reason=x", Encoding.UTF8, "text/plain") };
        request.Headers.Add("Idempotency-Key", "contract-415");

        await ProblemAsync(await Client(liveKey).SendAsync(request), HttpStatusCode.UnsupportedMediaType);
    }

    [TestCase(null)]
    [TestCase("ls_live_not-a-key")]
    public async Task A_call_without_a_valid_key_is_a_401_problem_naming_the_header(string? key)
    {
        foreach (var path in new[] { "/api/v1/orders", "/api/v1/orders/1", "/api/v1/recipients", "/api/v1/orders/1/pdf" })
        {
            var response = await Client(key).GetAsync(path);
            await ProblemAsync(response, HttpStatusCode.Unauthorized);
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.Contain("X-Api-Key"), path);
        }
    }

    private async Task<(OpenApiDocument Document, OpenApiDiagnostic Diagnostic)> DocumentAsync()
    {
        await using var stream = await Client(null).GetStreamAsync("/openapi/v1.json");
        var result = await OpenApiDocument.LoadAsync(stream, "json");
        return (result.Document!, result.Diagnostic!);
    }

    private static IEnumerable<(string Path, HttpMethod Method, OpenApiOperation Operation)> Operations(OpenApiDocument document) =>
        from path in document.Paths
        from operation in path.Value.Operations ?? []
        select (path.Key, operation.Key, operation.Value);

    [Test]
    public async Task The_openapi_document_reads_back_without_errors_and_says_what_the_api_does()
    {
        var (document, diagnostic) = await DocumentAsync();

        Assert.That(diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}"), Is.Empty);
        var scheme = document.Components!.SecuritySchemes!["ApiKey"];
        Assert.That((scheme.Type, scheme.In, scheme.Name), Is.EqualTo(((SecuritySchemeType?)SecuritySchemeType.ApiKey, (ParameterLocation?)ParameterLocation.Header, "X-Api-Key")));
        Assert.That(document.Security, Has.Count.EqualTo(1));
        var operations = Operations(document).ToList();
        Assert.That(operations, Has.Count.GreaterThan(20));
        foreach (var (path, method, operation) in operations)
        {
            var name = $"{method} {path}";
            Assert.That(operation.OperationId, Is.Not.Null.And.Not.Empty, name);
            Assert.That(operation.Summary, Is.Not.Null.And.Not.Empty, name);
            Assert.That(operation.Responses!.Keys, Does.Contain("401").And.Contain("429"), name);
            foreach (var (status, response) in operation.Responses.Where(r => r.Key.StartsWith('4')))
                Assert.That(response.Content!.Keys, Is.EqualTo(new[] { "application/problem+json" }), $"{name} {status}");
            Assert.That(operation.Responses.Keys.Any(k => k.StartsWith('2')), Is.True, $"{name} documents its success");
            foreach (var parameter in (operation.Parameters ?? []).Where(p => p.In == ParameterLocation.Path))
                Assert.That(parameter.Example, Is.Not.Null, $"{name}: an example for {parameter.Name}");
        }
        Assert.That(operations.Select(o => o.Operation.OperationId), Is.Unique);

        var byName = operations.ToDictionary(o => o.Operation.OperationId!);
        foreach (var id in new[] { "createOrder", "createBulkOrders" })
            Assert.That(byName[id].Operation.Parameters!.Single(p => p.Name == "Idempotency-Key") is { In: ParameterLocation.Header, Required: true }, Is.True, id);
        Assert.That(byName.Where(o => o.Key is not ("createOrder" or "createBulkOrders")).SelectMany(o => o.Value.Operation.Parameters ?? []).Select(p => p.Name),
            Has.None.EqualTo("Idempotency-Key"), "only the order posts take a key");
        Assert.That(byName["getOrder"].Operation.Responses!["404"].Content!["application/problem+json"].Schema, Is.Not.Null);
        Assert.That(byName["createOrder"].Operation.Responses!["422"].Content!.Keys, Is.EqualTo(new[] { "application/problem+json" }));
        Assert.That(byName["getOrderPdf"].Operation.Responses!["200"].Content!.Keys, Is.EqualTo(new[] { "application/pdf" }));
        Assert.That(byName["getProofPage"].Operation.Responses!["200"].Content!.Keys, Is.EqualTo(new[] { "image/png" }));
        Assert.That(byName["createBulkOrders"].Operation.RequestBody!.Content!.Keys, Is.EquivalentTo(new[] { "text/csv", "application/json" }));
        Assert.That(byName["createBulkOrders"].Operation.RequestBody!.Content!.Values.Select(c => c.Example), Has.All.Not.Null);
        var dpi = byName["getProofPage"].Operation.Parameters!.Single(p => p.Name == "dpi").Schema!;
        Assert.That(dpi.Type & ~JsonSchemaType.Null, Is.EqualTo(JsonSchemaType.Integer), "dpi is a whole number");
        foreach (var id in new[] { "createOrder", "createRecipient", "cancelOrder", "registerWebhook", "addVoiceSample" })
            Assert.That(byName[id].Operation.RequestBody!.Content!["application/json"].Example, Is.Not.Null, id);
    }

    /// <summary>
    /// Each documented example request, sent as it stands with a test key (so nothing real is ordered, and erasing the
    /// account is refused): the answer's status is one the operation documents, with the media type and shape it gives.
    /// </summary>
    [Test]
    public async Task Every_documented_example_request_gets_a_documented_answer_in_the_documented_shape()
    {
        var (document, _) = await DocumentAsync();
        var client = Client(testKey);
        var wrong = new List<string>();
        var succeeded = 0;
        foreach (var (path, method, operation) in Operations(document))
        {
            var request = ExampleRequest(path, method, operation);
            var response = await client.SendAsync(request);
            var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var name = $"{method} {request.RequestUri} -> {status}";
            if (!operation.Responses!.TryGetValue(status, out var documented))
            {
                wrong.Add($"{name}: not documented ({await response.Content.ReadAsStringAsync()})");
                continue;
            }
            if (status.StartsWith('2')) succeeded++;
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (documented.Content is not { Count: > 0 } content)
            {
                if (response.Content.Headers.ContentLength is > 0) wrong.Add($"{name}: a body where none is documented");
                continue;
            }
            if (mediaType is null || !content.TryGetValue(mediaType, out var media))
            {
                wrong.Add($"{name}: {mediaType} is not among {string.Join(", ", content.Keys)}");
                continue;
            }
            if (!mediaType.EndsWith("json", StringComparison.Ordinal)) continue;
            var errors = new List<string>();
            SchemaCheck.Check(media.Schema!, JsonNode.Parse(await response.Content.ReadAsStringAsync()), "$", errors);
            wrong.AddRange(errors.Select(e => $"{name}: {e}"));
        }
        Assert.That(wrong, Is.Empty, string.Join("\n", wrong));
        Assert.That(succeeded, Is.GreaterThanOrEqualTo(10), "most examples succeed as they stand");
    }

    private static HttpRequestMessage ExampleRequest(string path, HttpMethod method, OpenApiOperation operation)
    {
        var query = new List<string>();
        var request = new HttpRequestMessage(method, "");
        foreach (var parameter in operation.Parameters ?? [])
        {
            var value = parameter.Example?.ToString();
            switch (parameter.In)
            {
                case ParameterLocation.Path:
                    path = path.Replace("{" + parameter.Name + "}", value, StringComparison.Ordinal);
                    break;
                case ParameterLocation.Query when value is not null:
                    query.Add($"{parameter.Name}={Uri.EscapeDataString(value)}");
                    break;
                case ParameterLocation.Header when value is not null:
                    request.Headers.Add(parameter.Name!, value);
                    break;
            }
        }
        request.RequestUri = new Uri(path + (query.Count > 0 ? "?" + string.Join('&', query) : ""), UriKind.Relative);
        if (operation.RequestBody?.Content?.FirstOrDefault(c => c.Value.Example is not null) is { Key: { } type, Value: { } body })
            request.Content = new StringContent(body.Example is JsonValue v && v.TryGetValue<string>(out var text) ? text : body.Example!.ToJsonString(), Encoding.UTF8, type);
        return request;
    }
}
