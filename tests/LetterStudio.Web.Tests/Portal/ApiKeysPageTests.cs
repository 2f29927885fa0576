using System.Net;
using LetterStudio.Web.Features.Api;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Portal;

public class ApiKeysPageTests
{
    private StudioFactory factory = null!;
    private HttpClient eleanor = null!;

    // One studio for the fixture: each test names its keys differently and finds them by name.
    [OneTimeSetUp]
    public async Task Start()
    {
        factory = new StudioFactory();
        eleanor = await SignIn.ClientForAsync(factory, SignIn.Customer);
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private async Task<HttpStatusCode> CallApiAsync(string secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/occasions");
        request.Headers.Add(ApiKeyAuthentication.Header, secret);
        return (await factory.CreateClient().SendAsync(request)).StatusCode;
    }

    [Test]
    public async Task A_new_key_is_shown_once_works_against_the_api_and_stops_working_when_revoked()
    {
        var created = await Forms.SubmitAsync(eleanor, "/my/keys", "create", new Dictionary<string, string> { ["Input.Name"] = "crm sync", ["Input.Mode"] = "live" });
        var page = await Forms.ParseAsync(await created.Content.ReadAsStringAsync());
        var secret = page.QuerySelector("#secret")?.GetAttribute("value");

        Assert.That(secret, Does.StartWith("ls_live_"));
        Assert.That(created.Headers.CacheControl?.NoStore, Is.True, "the page with the secret is not kept in a cache");
        var list = await eleanor.GetStringAsync("/my/keys");
        Assert.That(list, Does.Not.Contain(secret!), "shown once, never again");
        Assert.That(list, Does.Contain(secret![..12]).And.Contain("crm sync"));
        Assert.That(await CallApiAsync(secret), Is.EqualTo(HttpStatusCode.OK));

        var keyId = 0;
        await factory.WithDbAsync(async db => keyId = await db.ApiKeys.Where(k => k.Name == "crm sync").Select(k => k.Id).SingleAsync());
        var revoked = await Forms.SubmitAsync(eleanor, "/my/keys", "revoke", button: ("Revoke", keyId.ToString()));

        Assert.That(await revoked.Content.ReadAsStringAsync(), Does.Contain("Revoked:"));
        Assert.That(await CallApiAsync(secret), Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_test_key_is_made_in_test_mode()
    {
        var created = await Forms.SubmitAsync(eleanor, "/my/keys", "create", new Dictionary<string, string> { ["Input.Name"] = "staging", ["Input.Mode"] = "test" });
        var secret = (await Forms.ParseAsync(await created.Content.ReadAsStringAsync())).QuerySelector("#secret")!.GetAttribute("value");

        Assert.That(secret, Does.StartWith("ls_test_"));
        await factory.WithDbAsync(async db => Assert.That(await db.ApiKeys.Where(k => k.Name == "staging").Select(k => k.TestMode).SingleAsync(), Is.True));
    }

    [Test]
    public async Task A_key_without_a_name_is_refused_next_to_the_name()
    {
        var response = await Forms.SubmitAsync(eleanor, "/my/keys", "create", new Dictionary<string, string> { ["Input.Name"] = "" });
        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.That(page.QuerySelector("#k-name ~ .validation-message")?.TextContent, Is.EqualTo("The name is required."));
        Assert.That(page.QuerySelector("#secret"), Is.Null);
    }

    [Test]
    public async Task Another_customers_key_cannot_be_revoked_and_is_not_listed()
    {
        var daniels = 0;
        await factory.WithDbAsync(async db =>
        {
            var daniel = await db.Customers.SingleAsync(c => c.Email == "daniel@example.com");
            var (key, _) = Domain.Customers.ApiKey.Create(daniel.Id, "daniel's shop", false, DateTimeOffset.UtcNow);
            db.ApiKeys.Add(key);
            await db.SaveChangesAsync();
            daniels = key.Id;
        });
        // Eleanor needs a key of her own for the revoke form to be on her page.
        await Forms.SubmitAsync(eleanor, "/my/keys", "create", new Dictionary<string, string> { ["Input.Name"] = "mine" });

        Assert.That(await eleanor.GetStringAsync("/my/keys"), Does.Not.Contain("daniel's shop"));
        var response = await Forms.SubmitAsync(eleanor, "/my/keys", "revoke", button: ("Revoke", daniels.ToString()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        await factory.WithDbAsync(async db => Assert.That(await db.ApiKeys.Where(k => k.Id == daniels).Select(k => k.RevokedAt).SingleAsync(), Is.Null));
    }
}
