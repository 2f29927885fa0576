using LetterStudio.TestSupport;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Letters;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Api;

// The API on both databases the studio runs on: one fixture per provider, the same tests.
[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class ApiV1FilesTests(TestProvider provider)
{
    private StudioFactory factory = null!;
    private HttpClient daniel = null!;
    private int inReview, drafting;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = await StudioFactory.OnAsync(provider);
        var secret = "";
        await factory.WithDbAsync(async db =>
        {
            var customer = await db.Customers.SingleAsync(c => c.Email == "daniel@example.com");
            inReview = await db.Orders.Where(o => o.CustomerId == customer.Id && o.Status == OrderStatus.InReview).Select(o => o.Id).SingleAsync();
            drafting = await db.Orders.Where(o => o.CustomerId == customer.Id && o.Status == OrderStatus.Drafting).Select(o => o.Id).SingleAsync();
            var (key, s) = ApiKey.Create(customer.Id, "files", false, DateTimeOffset.UtcNow);
            db.ApiKeys.Add(key);
            await db.SaveChangesAsync();
            secret = s;
        });
        daniel = factory.CreateClient();
        daniel.DefaultRequestHeaders.Add("X-Api-Key", secret);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        daniel.Dispose();
        await factory.DisposeAsync();
    }

    [Test]
    public async Task A_proof_sent_for_review_can_be_seen_page_by_page_but_a_draft_in_progress_cannot()
    {
        var proof = await daniel.GetAsync($"/api/v1/orders/{inReview}/proof/1.png");
        var draft = await daniel.GetAsync($"/api/v1/orders/{drafting}/proof/1.png");

        Assert.That(proof.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(proof.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
        Assert.That(draft.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the writer's work in progress is not the customer's to see yet");
    }

    [Test]
    public async Task The_pdf_is_there_once_rendered()
    {
        Assert.That((await daniel.GetAsync($"/api/v1/orders/{inReview}/pdf")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var pdf = "%PDF-1.7 rendered letter"u8.ToArray();
        await factory.WithDbAsync(async db =>
        {
            var letter = await db.Letters.SingleAsync(l => l.OrderId == inReview);
            db.LetterDocuments.Add(new LetterDocument(letter.Id, letter.CurrentRevisionNumber, pdf, 1, "{}", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });

        var response = await daniel.GetAsync($"/api/v1/orders/{inReview}/pdf");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(pdf));
    }

    [Test]
    public async Task A_quote_comes_from_the_price_list_and_bad_input_names_the_field()
    {
        var delivery = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd");

        var quote = await daniel.GetFromJsonAsync<JsonElement>($"/api/v1/quote?paper=A4&words=351&envelope=false&delivery={delivery}");
        var bad = await daniel.GetAsync("/api/v1/quote?paper=A4&words=100&envelope=false&delivery=2020-01-01");

        Assert.That(quote.GetProperty("totalMinor").GetInt64(), Is.EqualTo(5000));
        Assert.That(quote.GetProperty("currency").GetString(), Is.EqualTo("GBP"));
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await bad.Content.ReadAsStringAsync(), Does.Contain("RequestedDeliveryDate"));
    }
}
