using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LetterStudio.Application.Letters;
using LetterStudio.Application.Orders;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using LetterStudio.TestSupport;
using LetterStudio.Web.Features.Desk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Web.Tests.Api;

/// <summary>An order placed with a test key runs the whole flow, and its approved PDF and proofs say TEST on every page.</summary>
// The API on both databases the studio runs on: one fixture per provider, the same tests.
[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class TestModeOrderTests(TestProvider provider)
{
    private const string Writer = "writer@letterstudio.test";
    private StudioFactory factory = null!;
    private string live = null!, test = null!;
    private int liveRecipientId, testRecipientId;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = await StudioFactory.OnAsync(provider);
        await factory.WithDbAsync(async db =>
        {
            var daniel = await db.Customers.Include(c => c.Recipients).SingleAsync(c => c.Email == "daniel@example.com");
            // The same person in both address books: a test key only sees its test copy, a live key only the live one.
            var liveRecipient = daniel.Recipients[0];
            var testRecipient = daniel.AddRecipient(liveRecipient.Name, liveRecipient.CalledBy, liveRecipient.Relationship, liveRecipient.Address, isTest: true);
            var (k1, s1) = ApiKey.Create(daniel.Id, "live", testMode: false, DateTimeOffset.UtcNow);
            var (k2, s2) = ApiKey.Create(daniel.Id, "test", testMode: true, DateTimeOffset.UtcNow);
            db.ApiKeys.AddRange(k1, k2);
            await db.SaveChangesAsync();
            (live, test) = (s1, s2);
            (liveRecipientId, testRecipientId) = (liveRecipient.Id, testRecipient.Id);
        });
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private HttpClient Client(string key)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>Places an order with the key, then the writer claims, drafts (offline composer) and approves it; returns the PDF as the API serves it.</summary>
    private async Task<(int Id, byte[] Pdf)> ApprovedPdfAsync(string key, string idempotencyKey)
    {
        var client = Client(key);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(new { recipientId = key == test ? testRecipientId : liveRecipientId, occasion = "thank-you", brief = "Thank you for the loan of the tent", wantsProof = false,
                requestedDeliveryDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20) }),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        var created = await client.SendAsync(request);
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LetterStudio.Data.LetterStudioDbContext>();
            var order = await db.Orders.Include(o => o.History).SingleAsync(o => o.Id == id);
            order.AssignTo(Writer, Writer, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<DraftLetter>().HandleAsync(new DraftRequest(id, Writer));
            var look = await db.StyleProfiles.AsNoTracking().Where(p => p.CustomerId == order.CustomerId).OrderByDescending(p => p.Version).Select(p => p.Look).FirstAsync();
            // Any hand may show robot tells; this test is about the TEST mark, so the writer gives the reason approval asks for.
            await scope.ServiceProvider.GetRequiredService<ApproveLetter>().HandleAsync(id, new Viewer(Writer, false), DeskLook.From(look), "Checking the test mark.");
        }
        var pdf = await client.GetAsync($"/api/v1/orders/{id}/pdf");
        Assert.That(pdf.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return (id, await pdf.Content.ReadAsByteArrayAsync());
    }

    private static async Task<string> PdfToTextAsync(byte[] pdf)
    {
        var folder = TempFolder.Create("testmark");
        try
        {
            var path = Path.Combine(folder, "letter.pdf");
            await File.WriteAllBytesAsync(path, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [path, "-"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.That(process.ExitCode, Is.Zero);
            return text;
        }
        finally
        {
            TempFolder.Delete(folder);
        }
    }

    [Test]
    public async Task A_test_key_orders_approved_pdf_says_TEST_on_every_page_and_a_live_keys_does_not()
    {
        var (testId, testPdf) = await ApprovedPdfAsync(test, "tm-test");
        var (liveId, livePdf) = await ApprovedPdfAsync(live, "tm-live");

        var testText = await PdfToTextAsync(testPdf);
        var liveText = await PdfToTextAsync(livePdf);
        var pages = testText.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();

        Assert.That(pages, Is.Not.Empty);
        Assert.That(pages, Is.All.Contain("TEST").And.All.Contain("not for mailing"));
        Assert.That(liveText, Does.Not.Contain("TEST").And.Not.Contain("not for mailing"));
        Assert.That(liveText, Does.Contain("thank").IgnoreCase.Or.Contain("tent"), "the live letter is still there to read");
        await factory.WithDbAsync(async db =>
        {
            Assert.That(await db.Orders.Where(o => o.Id == testId).Select(o => new { o.IsTest, o.Status }).SingleAsync(), Is.EqualTo(new { IsTest = true, Status = OrderStatus.Rendered }));
            Assert.That(await db.Orders.Where(o => o.Id == liveId).Select(o => o.IsTest).SingleAsync(), Is.False);
        });
    }

    [Test]
    public async Task A_test_orders_proof_png_differs_from_the_same_letter_without_the_mark()
    {
        var (testId, _) = await ApprovedPdfAsync(test, "tm-png");
        var client = Client(test);

        var marked = await (await client.GetAsync($"/api/v1/orders/{testId}/proof/1.png?dpi=60")).Content.ReadAsByteArrayAsync();
        byte[] plain;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LetterStudio.Data.LetterStudioDbContext>();
            var text = await (from l in db.Letters from r in l.Revisions where l.OrderId == testId && r.Number == l.CurrentRevisionNumber select r.Text).SingleAsync();
            var customerId = await db.Orders.Where(o => o.Id == testId).Select(o => o.CustomerId).SingleAsync();
            var look = await db.StyleProfiles.AsNoTracking().Where(p => p.CustomerId == customerId).OrderByDescending(p => p.Version).Select(p => p.Look).FirstAsync();
            var options = LetterRendering.Options(DeskLook.From(look), testId, $"Letter {Order.ReferenceOf(testId)}", "LetterStudio", isTest: false);
            plain = scope.ServiceProvider.GetRequiredService<LetterRendering>().RenderPng(LetterRendering.ToLetter(text), options, 0, 40);
        }

        Assert.That(marked, Is.Not.EqualTo(plain));
        Assert.That(marked.Length, Is.GreaterThan(plain.Length), "the diagonal mark adds ink to the page");
    }
}
