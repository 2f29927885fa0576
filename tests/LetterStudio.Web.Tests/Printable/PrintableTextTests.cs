using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Printable;

/// <summary>
/// Nothing is accepted that cannot be printed: each kind of unprintable text on each entry point (API recipient, API
/// order, bulk upload, portal address book, portal memories) is refused when it is typed, naming the field and the
/// character, instead of passing with a 201 and dropping out of a print batch later.
/// </summary>
public class PrintableTextTests
{
    private StudioFactory factory = null!;
    private string key = null!;
    private HttpClient eleanorPortal = null!;
    private int jamesId;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = new StudioFactory();
        await factory.WithDbAsync(async db =>
        {
            var eleanor = await db.Customers.Include(c => c.Recipients).SingleAsync(c => c.Email == "eleanor@example.com");
            jamesId = eleanor.Recipients.Single(r => r.CalledBy == "Jamie").Id;
            var (k, s) = ApiKey.Create(eleanor.Id, "printable", false, DateTimeOffset.UtcNow);
            db.ApiKeys.Add(k);
            await db.SaveChangesAsync();
            key = s;
        });
        eleanorPortal = await SignIn.ClientForAsync(factory, SignIn.Customer);
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private HttpClient Api()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>Each kind the probe found: the value, and words the refusal must contain.</summary>
    public static IEnumerable<TestCaseData> Unprintable()
    {
        yield return new TestCaseData("Ann\0Lee", "control character").SetName("NUL");
        yield return new TestCaseData("Ann\r\nLee", "one line").SetName("CR LF");
        yield return new TestCaseData("Ann\u202ELee", "right-to-left override").SetName("RLO U+202E");
        yield return new TestCaseData("Ann\u200BLee", "zero-width space").SetName("zero-width space");
        yield return new TestCaseData("Ann\uFEFFLee", "byte order mark").SetName("BOM");
        yield return new TestCaseData("Ann\uFF01", "full-width").SetName("fullwidth sign");
        yield return new TestCaseData("山田 花子", "ideograph").SetName("CJK");
        yield return new TestCaseData("Ann 🕯", "emoji 🕯").SetName("emoji outside the fallback");
        yield return new TestCaseData("Ann 😀", "emoji").SetName("emoji the fallback font happens to have");
        yield return new TestCaseData("Ann ♥", "emoji").SetName("heart symbol");
    }

    [TestCaseSource(nameof(Unprintable))]
    public async Task An_api_recipient_with_unprintable_text_in_the_name_is_a_400_naming_the_field_and_the_character(string value, string words)
    {
        var response = await Api().PostAsJsonAsync("/api/v1/recipients", new
        {
            name = value, relationship = "friend", line1 = "1 Test Street", city = "London", postalCode = "SW1A 1AA", country = "GB",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.That(errors.TryGetProperty("Name", out var name), Is.True, errors.ToString());
        Assert.That(name[0].GetString(), Does.Contain(words));
        await factory.WithDbAsync(async db => Assert.That(await db.Recipients.AnyAsync(r => r.Relationship == "friend" && r.Address.Line1 == "1 Test Street"), Is.False));
    }

    [TestCaseSource(nameof(Unprintable))]
    public async Task An_api_recipient_with_unprintable_text_in_an_address_line_is_refused_naming_the_line(string value, string words)
    {
        var response = await Api().PostAsJsonAsync("/api/v1/recipients", new
        {
            name = "Ann Lee", relationship = "friend", line1 = "1 Test Street", line2 = value, city = "London", postalCode = "SW1A 1AA", country = "GB",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.That(errors.TryGetProperty("Address.Line2", out var line), Is.True, errors.ToString());
        Assert.That(line[0].GetString(), Does.Contain(words));
    }

    [Test]
    public async Task Letters_with_accents_and_other_latin_scripts_are_accepted()
    {
        var response = await Api().PostAsJsonAsync("/api/v1/recipients", new
        {
            name = "Zoë Brontë-Łukasiewicz", calledBy = "Zoë", relationship = "friend", line1 = "Straße 7", city = "Köln", postalCode = "50667", country = "DE",
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task An_address_too_big_for_the_envelope_is_refused_when_saved()
    {
        var longLine = string.Join(' ', Enumerable.Repeat("Wolfeschlegelsteinhausenbergerdorff", 5));
        var response = await Api().PostAsJsonAsync("/api/v1/recipients", new
        {
            name = longLine, relationship = "friend", line1 = longLine, line2 = longLine, city = "London", region = longLine, postalCode = "SW1A 1AA", country = "GB",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.That(errors.GetProperty("Address")[0].GetString(), Does.Contain("does not fit"));
    }

    [Test]
    public async Task An_order_for_a_recipient_stored_before_the_checks_with_an_override_character_is_refused_at_order_time()
    {
        int id = 0;
        await factory.WithDbAsync(async db =>
        {
            var eleanor = await db.Customers.Include(c => c.Recipients).SingleAsync(c => c.Email == "eleanor@example.com");
            var r = eleanor.AddRecipient("Old Entry", null, "friend", PostalAddress.Create("1 Old Street", null, "London", null, "SW1A 1AA", "GB"));
            await db.SaveChangesAsync();
            // As rows written before this check existed: straight into the table.
            await db.Recipients.Where(x => x.Id == r.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Name, "Old \u202EEntry"));
            id = r.Id;
        });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(new { recipientId = id, occasion = "thank-you", brief = "Thanks 🙏 (emoji are fine in a brief)", requestedDeliveryDate = new DateOnly(2030, 5, 1) }),
        };
        request.Headers.Add("Idempotency-Key", "old-entry");

        var response = await Api().SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Recipient.Name").And.Contain("right-to-left override"));
    }

    [Test]
    public async Task An_emoji_in_a_brief_is_fine()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(new { recipientId = jamesId, occasion = "thank-you", brief = "Thanks for the cake 🎂", requestedDeliveryDate = new DateOnly(2030, 5, 1) }),
        };
        request.Headers.Add("Idempotency-Key", "brief-emoji");
        Assert.That((await Api().SendAsync(request)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task A_bulk_upload_names_the_row_and_column_of_every_unprintable_cell_and_creates_nothing()
    {
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd");
        var csv = "name,line1,city,postcode,country,occasion,brief,delivery_date,gift\n" +
                  $"Ada Lovelace,12 Analytical Row,London,SW1A 1AA,GB,thank-you,Thanks,{due},the chess set\n" +
                  $"Bob \u202Eevil,1 Bridge St,Bristol,BS1 4DJ,GB,birthday,Happy,{due},\n" +
                  $"Cy Young,1 Bridge St 🕯,Bristol,BS1 4DJ,GB,birthday,Happy,{due},\n" +
                  $"Di Ross,1 Bridge St,Bristol,BS1 4DJ,GB,birthday,Happy,{due},a 山 of presents\n";
        var client = Api();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders/bulk") { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
        request.Headers.Add("Idempotency-Key", "bulk-printable");

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), text);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.That(errors.GetProperty("line 3.name")[0].GetString(), Does.Contain("right-to-left override"));
        Assert.That(errors.GetProperty("line 4.line1")[0].GetString(), Does.Contain("emoji 🕯"));
        Assert.That(errors.GetProperty("line 5.gift")[0].GetString(), Does.Contain("U+5C71"));
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Does.Not.Contain("line 2.name"), "the good row has no error");
        await factory.WithDbAsync(async db => Assert.That(await db.Recipients.AnyAsync(r => r.Name == "Ada Lovelace"), Is.False, "one bad row and nothing is created"));
    }

    [Test]
    public async Task The_portal_address_book_refuses_an_emoji_next_to_the_field_and_saves_nothing()
    {
        var response = await Forms.SubmitAsync(eleanorPortal, "/my/recipients/new", "recipient", new Dictionary<string, string>
        {
            ["Input.Name"] = "Margaret 🕯 Hale", ["Input.CalledBy"] = "Maggie", ["Input.Relationship"] = "sister",
            ["Input.Line1"] = "12 Milton Road", ["Input.City"] = "Manchester", ["Input.PostalCode"] = "M14 5RL", ["Input.CountryCode"] = "GB",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        // Razor writes the emoji as a character reference; the words around it are plain.
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("holds the emoji").And.Contain("1F56F"));
        await factory.WithDbAsync(async db => Assert.That(await db.Recipients.AnyAsync(r => r.Name.StartsWith("Margaret") && r.CalledBy == "Maggie"), Is.False));
    }

    [Test]
    public async Task A_memory_with_an_emoji_is_refused_in_the_portal_order_form()
    {
        var response = await Forms.SubmitAsync(eleanorPortal, "/my/orders/new", "order", new Dictionary<string, string>
        {
            ["Input.RecipientId"] = jamesId.ToString(), ["Input.Occasion"] = "thank-you", ["Input.Brief"] = "For the flowers.",
            ["Input.DeliveryDate"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd"), ["Input.Memories[0].Text"] = "The candle 🕯 on the table.",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the form comes back, nothing placed");
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("holds the emoji").And.Contain("1F56F"));
        await factory.WithDbAsync(async db => Assert.That(await db.Anecdotes.AnyAsync(a => a.Text.StartsWith("The candle")), Is.False));
    }

    [Test]
    public async Task Checking_an_envelope_when_saving_takes_a_few_milliseconds()
    {
        var printability = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<LetterStudio.Domain.Common.Printability>(factory.Services);
        var address = PostalAddress.Create("12 Milton Road", "Flat 3", "Manchester", null, "M14 5RL", "GB");
        printability.CheckRecipient("Margaret Hale", address, null);
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < 50; i++) printability.CheckRecipient("Margaret Hale", address, null);
        var each = watch.Elapsed.TotalMilliseconds / 50;
        TestContext.Out.WriteLine($"envelope check: {each:F2} ms");
        Assert.That(each, Is.LessThan(50), "a bulk upload of 1,000 rows checks its envelopes in well under a minute");
        await Task.CompletedTask;
    }
    [Test]
    public async Task A_greeting_or_sign_off_the_hand_cannot_write_is_refused_when_saved_for_a_recipient_and_nothing_is_saved()
    {
        await using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateAsyncScope(factory.Services);
        var voices = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<LetterStudio.Application.Customers.RecipientVoices>(scope.ServiceProvider);
        var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<LetterStudio.Data.LetterStudioDbContext>(scope.ServiceProvider);
        var eleanorId = await db.Customers.Where(c => c.Email == SignIn.Customer).Select(c => c.Id).SingleAsync();

        var greeting = Assert.ThrowsAsync<LetterStudio.Domain.Common.DomainValidationException>(() =>
            voices.SetAsync(eleanorId, new Dictionary<int, RecipientVoice> { [jamesId] = new("My love \U0001F56F {name},", null, null, null, null) }));
        Assert.That(greeting!.Field, Is.EqualTo("Greeting"));
        Assert.That(greeting.Reason, Does.Contain("emoji").And.Contain("1F56F"));
        var signOff = Assert.ThrowsAsync<LetterStudio.Domain.Common.DomainValidationException>(() =>
            voices.SetAsync(eleanorId, new Dictionary<int, RecipientVoice> { [jamesId] = new(null, "Love\u202E always,", null, null, null) }));
        Assert.That(signOff!.Field, Is.EqualTo("SignOff"));

        db.ChangeTracker.Clear();
        var stored = await db.Recipients.AsNoTracking().Where(r => r.Id == jamesId).Select(r => new { r.Greeting, r.SignOff }).SingleAsync();
        // Ordinal: a culture-aware comparison ignores U+202E and would find it in any string.
        Assert.That((stored.Greeting ?? "").Contains("\U0001F56F", StringComparison.Ordinal), Is.False, "the refused greeting was not saved");
        Assert.That((stored.SignOff ?? "").Contains('\u202E'), Is.False, "the refused sign-off was not saved");
    }
}
