using System.IO.Compression;
using System.Net;
using System.Text.Json;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Privacy;

/// <summary>A customer downloads everything the studio holds about them, from the portal and the API, and nothing of anyone else's.</summary>
public class ExportTests
{
    private StudioFactory factory = null!;
    private string live = null!, test = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = new StudioFactory();
        await factory.WithDbAsync(async db =>
        {
            var eleanor = await db.Customers.SingleAsync(c => c.Email == SignIn.Customer);
            var (k1, s1) = ApiKey.Create(eleanor.Id, "export", false, DateTimeOffset.UtcNow);
            var (k2, s2) = ApiKey.Create(eleanor.Id, "export-test", true, DateTimeOffset.UtcNow);
            db.ApiKeys.AddRange(k1, k2);
            await db.SaveChangesAsync();
            (live, test) = (s1, s2);
        });
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private async Task AssertIsEleanorsAsync(byte[] zipBytes)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes));
        using var json = JsonDocument.Parse(zip.GetEntry("customer.json")!.Open());
        var root = json.RootElement;
        Assert.That(root.GetProperty("customer").GetProperty("email").GetString(), Is.EqualTo(SignIn.Customer));
        var (recipients, memories, orders, letters) = (0, 0, 0, 0);
        await factory.WithDbAsync(async db =>
        {
            var id = await db.Customers.Where(c => c.Email == SignIn.Customer).Select(c => c.Id).SingleAsync();
            recipients = await db.Recipients.CountAsync(r => r.CustomerId == id);
            memories = await db.Anecdotes.CountAsync(a => a.CustomerId == id);
            orders = await db.Orders.CountAsync(o => o.CustomerId == id);
            letters = await (from d in db.LetterDocuments join l in db.Letters on d.LetterId equals l.Id join o in db.Orders on l.OrderId equals o.Id
                             where o.CustomerId == id select l.Id).Distinct().CountAsync();
        });
        Assert.That(root.GetProperty("recipients").GetArrayLength(), Is.EqualTo(recipients).And.GreaterThan(0));
        Assert.That(root.GetProperty("memories").GetArrayLength(), Is.EqualTo(memories).And.GreaterThan(0));
        Assert.That(root.GetProperty("orders").GetArrayLength(), Is.EqualTo(orders).And.GreaterThan(0));
        Assert.That(zip.Entries.Count(e => e.FullName.StartsWith("letters/", StringComparison.Ordinal)), Is.EqualTo(letters));
        Assert.That(json.RootElement.GetRawText(), Does.Not.Contain("daniel@example.com").And.Not.Contain("sophie@example.com"));
        Assert.That(json.RootElement.GetRawText(), Does.Not.Contain("\"hash\"").And.Not.Contain("\"secret\""), "no key hashes or webhook secrets");
    }

    [Test]
    public async Task A_customer_downloads_everything_about_them_from_the_portal()
    {
        var eleanor = await SignIn.ClientForAsync(factory, SignIn.Customer);
        var response = await eleanor.GetAsync("/my/export.zip");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/zip"));
        await AssertIsEleanorsAsync(await response.Content.ReadAsByteArrayAsync());
    }

    [Test]
    public async Task A_live_key_downloads_the_same_from_the_api_and_a_test_key_is_refused()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", live);
        var response = await client.GetAsync("/api/v1/export.zip");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertIsEleanorsAsync(await response.Content.ReadAsByteArrayAsync());

        var testClient = factory.CreateClient();
        testClient.DefaultRequestHeaders.Add("X-Api-Key", test);
        Assert.That((await testClient.GetAsync("/api/v1/export.zip")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task A_writer_cannot_download_a_customer_export()
    {
        var writer = await SignIn.ClientForAsync(factory, SignIn.Writer);
        var response = await writer.GetAsync("/my/export.zip");
        Assert.That(response.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
    }
}
