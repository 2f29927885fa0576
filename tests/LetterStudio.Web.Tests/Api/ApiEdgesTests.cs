using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Api;

/// <summary>The API's edges: wrong media types, unreadable JSON, paging past the end of int, replays, revocation.</summary>
public class ApiEdgesTests
{
    private StudioFactory factory = null!;
    private string key = null!;
    private int keyId, jamesId;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = new StudioFactory();
        await factory.WithDbAsync(async db =>
        {
            var eleanor = await db.Customers.Include(c => c.Recipients).SingleAsync(c => c.Email == "eleanor@example.com");
            jamesId = eleanor.Recipients.Single(r => r.CalledBy == "Jamie").Id;
            var (k, secret) = ApiKey.Create(eleanor.Id, "edges", testMode: false, DateTimeOffset.UtcNow);
            db.ApiKeys.Add(k);
            await db.SaveChangesAsync();
            (key, keyId) = (secret, k.Id);
        });
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private HttpClient Client(string? withKey = null)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", withKey ?? key);
        return client;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static HttpRequestMessage Post(string path, HttpContent content, string idempotencyKey = "edge")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }

    [TestCase("/api/v1/orders")]
    [TestCase("/api/v1/recipients")]
    [TestCase("/api/v1/webhooks")]
    public async Task A_form_post_to_the_api_is_a_415_problem_not_a_redirect_to_the_login_page(string path)
    {
        var response = await Client().SendAsync(Post(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["recipientId"] = "1" })));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That((await ProblemAsync(response)).GetProperty("detail").GetString(), Does.Contain("application/json"));
    }

    [Test]
    public async Task A_post_without_a_content_type_is_a_415_problem()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{}"));
        var response = await Client().SendAsync(Post("/api/v1/orders", content));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        await ProblemAsync(response);
    }

    [Test]
    public async Task A_value_of_the_wrong_type_is_a_400_naming_the_field()
    {
        var json = "{\"recipientId\": \"James\", \"occasion\": \"anniversary\", \"brief\": \"x\", \"requestedDeliveryDate\": \"2030-01-01\"}";
        var response = await Client().SendAsync(Post("/api/v1/orders", new StringContent(json, Encoding.UTF8, "application/json")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await ProblemAsync(response)).GetProperty("errors");
        Assert.That(errors.GetProperty("recipientId")[0].GetString(), Does.Contain("whole number"));
    }

    [Test]
    public async Task A_date_that_is_not_a_date_is_a_400_naming_the_field()
    {
        var json = "{\"recipientId\": 1, \"occasion\": \"anniversary\", \"brief\": \"x\", \"requestedDeliveryDate\": \"next tuesday\"}";
        var response = await Client().SendAsync(Post("/api/v1/orders", new StringContent(json, Encoding.UTF8, "application/json")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await ProblemAsync(response)).GetProperty("errors").GetProperty("requestedDeliveryDate")[0].GetString(), Does.Contain("yyyy-MM-dd"));
    }

    [Test]
    public async Task Malformed_json_is_a_400_saying_where()
    {
        var response = await Client().SendAsync(Post("/api/v1/recipients", new StringContent("{\"name\": \"Ann\",\n \"city\": ", Encoding.UTF8, "application/json")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await ProblemAsync(response)).GetProperty("errors");
        var (field, messages) = errors.EnumerateObject().Select(p => (p.Name, p.Value)).Single();
        Assert.That(field, Is.Not.Empty);
        Assert.That(messages[0].GetString(), Does.Contain("line 2"));
    }

    [TestCase(2147483647, 20)]
    [TestCase(107374183, 20)]
    [TestCase(int.MaxValue, 200)]
    public async Task A_page_past_the_end_of_int_is_a_400_not_page_one(int page, int pageSize)
    {
        var response = await Client().GetAsync($"/api/v1/orders?page={page}&pageSize={pageSize}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await ProblemAsync(response)).GetProperty("errors").TryGetProperty("page", out _), Is.True);
    }

    [Test]
    public async Task The_last_page_that_fits_is_an_empty_page()
    {
        var response = await Client().GetAsync($"/api/v1/orders?page={int.MaxValue / 20}&pageSize=20");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task A_replayed_post_says_Idempotent_Replayed_and_the_first_does_not()
    {
        object Body() => new { recipientId = jamesId, occasion = "anniversary", brief = "Replay me", requestedDeliveryDate = new DateOnly(2030, 3, 1) };
        var first = await Client().SendAsync(Post("/api/v1/orders", JsonContent.Create(Body()), "replay-1"));
        var second = await Client().SendAsync(Post("/api/v1/orders", JsonContent.Create(Body()), "replay-1"));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(first.Headers.Contains("Idempotent-Replayed"), Is.False);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(second.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));
        Assert.That((await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32(),
            Is.EqualTo((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32()));
    }

    [Test]
    public async Task A_key_revoked_in_the_database_by_another_process_stops_working_with_the_next_call()
    {
        string secret = null!;
        int id = 0;
        await factory.WithDbAsync(async db =>
        {
            var eleanor = await db.Customers.SingleAsync(c => c.Email == "eleanor@example.com");
            var (k, s) = ApiKey.Create(eleanor.Id, "soon revoked", testMode: false, DateTimeOffset.UtcNow);
            db.ApiKeys.Add(k);
            await db.SaveChangesAsync();
            (secret, id) = (s, k.Id);
        });
        var client = Client(secret);
        Assert.That((await client.GetAsync("/api/v1/occasions")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // As `letterstudio apikeys revoke` does it, from outside this web app.
        await factory.WithDbAsync(db => db.ApiKeys.Where(k => k.Id == id).ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, DateTimeOffset.UtcNow)));

        Assert.That((await client.GetAsync("/api/v1/occasions")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
