using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Webhooks;

public class WebhookApiTests
{
    private StudioFactory factory = null!;
    private string eleanorKey = null!, danielKey = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = new StudioFactory();
        await factory.WithDbAsync(async db =>
        {
            eleanorKey = await KeyAsync(db, "eleanor@example.com");
            danielKey = await KeyAsync(db, "daniel@example.com");
        });
    }

    private static async Task<string> KeyAsync(LetterStudio.Data.LetterStudioDbContext db, string email)
    {
        var customer = await db.Customers.SingleAsync(c => c.Email == email);
        var (key, secret) = ApiKey.Create(customer.Id, "hooks", testMode: false, DateTimeOffset.UtcNow);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync();
        return secret;
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private HttpClient Client(string key)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Test]
    public async Task A_registered_endpoint_answers_with_its_secret_once_and_is_listed_without_it()
    {
        var created = await Client(eleanorKey).PostAsJsonAsync("/api/v1/webhooks", new { url = "https://hooks.example.com/letterstudio", description = "ERP" });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var list = await Client(eleanorKey).GetFromJsonAsync<JsonElement>("/api/v1/webhooks");

        var id = body.GetProperty("id").GetInt32();
        var listed = list.EnumerateArray().Single(e => e.GetProperty("id").GetInt32() == id);
        Assert.Multiple(() =>
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(created.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/webhooks/{id}"));
            Assert.That(body.GetProperty("secret").GetString(), Does.StartWith("whsec_"));
            Assert.That(listed.TryGetProperty("secret", out _), Is.False);
            Assert.That(listed.GetProperty("active").GetBoolean(), Is.True);
        });
    }

    [TestCase("http://hooks.example.com/in", "https")]
    [TestCase("https://10.0.0.5/in", "local or private")]
    public async Task An_insecure_url_is_a_validation_problem_naming_url(string url, string why)
    {
        var response = await Client(eleanorKey).PostAsJsonAsync("/api/v1/webhooks", new { url });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.GetProperty("errors").GetProperty("url")[0].GetString(), Does.Contain(why));
    }

    [Test]
    public async Task Another_customers_endpoint_cannot_be_deleted_and_their_own_can()
    {
        var created = await (await Client(eleanorKey).PostAsJsonAsync("/api/v1/webhooks", new { url = "https://hooks.example.com/mine" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();

        var foreign = await Client(danielKey).DeleteAsync($"/api/v1/webhooks/{id}");
        var own = await Client(eleanorKey).DeleteAsync($"/api/v1/webhooks/{id}");

        Assert.Multiple(() =>
        {
            Assert.That(foreign.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        });
    }
}
