using LetterStudio.TestSupport;
using System.Net;
using System.Text;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Web.Tests.Api;

/// <summary>
/// Walks every /api/v1 route the app maps (from its EndpointDataSource, so a new endpoint is walked without anyone
/// remembering to add it): no key and a revoked key are 401s, and another customer's key on the first customer's
/// recipient or order is a 404, never the thing itself.
/// </summary>
// The API on both databases the studio runs on: one fixture per provider, the same tests.
[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class ApiAuthorizationTests(TestProvider provider)
{
    private StudioFactory factory = null!;
    private string ownerKey = null!, strangerKey = null!, revokedKey = null!;
    private int orderId, recipientId, sampleId;
    private List<(string Method, RoutePattern Pattern)> routes = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = await StudioFactory.OnAsync(provider);
        await factory.WithDbAsync(async db =>
        {
            var daniel = await db.Customers.Include(c => c.Recipients).SingleAsync(c => c.Email == "daniel@example.com");
            var sophie = await db.Customers.SingleAsync(c => c.Email == "sophie@example.com");
            recipientId = daniel.Recipients[0].Id;
            // An order far enough on that its proof and every read of it exist for its owner.
            orderId = await db.Orders.Where(o => o.CustomerId == daniel.Id && o.Status == OrderStatus.InReview).Select(o => o.Id).FirstAsync();
            var (owner, s1) = ApiKey.Create(daniel.Id, "owner", false, DateTimeOffset.UtcNow);
            var (stranger, s2) = ApiKey.Create(sophie.Id, "stranger", false, DateTimeOffset.UtcNow);
            var (revoked, s3) = ApiKey.Create(daniel.Id, "revoked", false, DateTimeOffset.UtcNow);
            revoked.Revoke(DateTimeOffset.UtcNow);
            db.ApiKeys.AddRange(owner, stranger, revoked);
            var sample = new Domain.Voice.VoiceSample(daniel.Id, "mine", "Honestly, I reckon this is how I write to people I love.", Domain.Voice.VoiceSampleSource.Pasted, false, "test", DateTimeOffset.UtcNow);
            db.VoiceSamples.Add(sample);
            await db.SaveChangesAsync();
            sampleId = sample.Id;
            (ownerKey, strangerKey, revokedKey) = (s1, s2, s3);
        });
        routes = [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern)))];
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    /// <summary>The route with its ids filled in: a recipient id after "recipients", a voice sample's after "voice-samples", an order id otherwise.</summary>
    private string PathOf(RoutePattern pattern)
    {
        var segments = new List<string>();
        string? previous = null;
        foreach (var segment in pattern.PathSegments)
        {
            var text = string.Concat(segment.Parts.Select(p => p switch
            {
                RoutePatternLiteralPart l => l.Content,
                RoutePatternSeparatorPart s => s.Content,
                RoutePatternParameterPart { Name: "id" } => previous == "recipients" ? recipientId.ToString() : previous == "voice-samples" ? sampleId.ToString() : orderId.ToString(),
                RoutePatternParameterPart => "1",
                _ => "",
            }));
            segments.Add(text);
            previous = text;
        }
        return "/" + string.Join('/', segments);
    }

    private static bool HasId(RoutePattern pattern) => pattern.Parameters.Any(p => p.Name == "id");

    private async Task<HttpResponseMessage> SendAsync(string method, string path, string? key)
    {
        using var client = factory.CreateClient();
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        if (method is "POST" or "PUT" or "PATCH")
        {
            // A body every write accepts far enough to reach its ownership check.
            request.Content = new StringContent("{\"reason\":\"checking access\"}", Encoding.UTF8, "application/json");
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        }
        return await client.SendAsync(request);
    }

    [Test]
    public void The_walk_finds_the_api_routes()
    {
        Assert.That(routes.Select(r => $"{r.Method} {r.Pattern.RawText}"), Does.Contain("GET /api/v1/orders/{id:int}").And.Contain("POST /api/v1/orders/bulk"));
        Assert.That(routes.Count(r => HasId(r.Pattern)), Is.GreaterThanOrEqualTo(5));
    }

    [Test]
    public async Task Every_api_route_refuses_a_call_without_a_key_and_with_a_revoked_key()
    {
        var open = new List<string>();
        foreach (var (method, pattern) in routes)
        {
            var path = PathOf(pattern);
            foreach (var (label, key) in new[] { ("no key", (string?)null), ("revoked key", revokedKey), ("unknown key", "ls_live_not-a-real-key") })
            {
                var response = await SendAsync(method, path, key);
                if (response.StatusCode != HttpStatusCode.Unauthorized) open.Add($"{method} {path} with {label} -> {(int)response.StatusCode}");
            }
        }
        Assert.That(open, Is.Empty);
    }

    [Test]
    public async Task Every_api_route_with_an_id_is_a_404_for_another_customers_key_and_not_for_the_owner()
    {
        var leaks = new List<string>();
        foreach (var (method, pattern) in routes.Where(r => HasId(r.Pattern)))
        {
            var path = PathOf(pattern);
            var stranger = await SendAsync(method, path, strangerKey);
            if (stranger.StatusCode != HttpStatusCode.NotFound) leaks.Add($"{method} {path} for a stranger -> {(int)stranger.StatusCode}");
        }
        Assert.That(leaks, Is.Empty);

        // The same reads answer their owner, so the 404s above are about ownership, not about missing things.
        foreach (var (method, pattern) in routes.Where(r => HasId(r.Pattern) && r.Method == "GET" && !r.Pattern.RawText!.EndsWith("/pdf", StringComparison.Ordinal)))
        {
            var path = PathOf(pattern);
            Assert.That((await SendAsync(method, path, ownerKey)).StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{method} {path} for its owner");
        }
    }
}
