using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Voice;

/// <summary>Voice samples, memories with their people and per-recipient greetings through the real API, portal and export, on real SQLite.</summary>
public class VoiceDataApiTests
{
    private StudioFactory factory = null!;
    private string eleanorLive = null!, eleanorTest = null!, daniel = null!;
    private int jamesId;

    private const string Eml = "From: Eleanor <eleanor@example.com>\r\nTo: Tom <tom@example.com>\r\nSubject: Re: tonight\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
        "I'm running late, love, but I've picked up the fish and the good bread. Don't let the dog near the sofa.\r\n\r\n-- \r\nEleanor Whitfield\r\nSent from the office\r\n\r\n" +
        "On Tue, 4 Mar 2025 at 17:01, Tom <tom@example.com> wrote:\r\n> Are you bringing dinner?\r\n";

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = new StudioFactory();
        await factory.WithDbAsync(async db =>
        {
            var eleanor = await db.Customers.Include(c => c.Recipients).SingleAsync(c => c.Email == SignIn.Customer);
            jamesId = eleanor.Recipients.Single(r => r.CalledBy == "Jamie").Id;
            var dan = await db.Customers.SingleAsync(c => c.Email == "daniel@example.com");
            var (k1, s1) = ApiKey.Create(eleanor.Id, "voice", false, DateTimeOffset.UtcNow);
            var (k2, s2) = ApiKey.Create(eleanor.Id, "voice-test", true, DateTimeOffset.UtcNow);
            var (k3, s3) = ApiKey.Create(dan.Id, "dan", false, DateTimeOffset.UtcNow);
            db.ApiKeys.AddRange(k1, k2, k3);
            await db.SaveChangesAsync();
            (eleanorLive, eleanorTest, daniel) = (s1, s2, s3);
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

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    [Test]
    public async Task A_sample_is_the_customer_s_own_another_customer_or_the_other_mode_gets_a_404()
    {
        var created = await Client(eleanorLive).PostAsJsonAsync("/api/v1/voice-samples", new { title = "Note to Tom", text = "I realise I'm hopeless at lists, love. Don't laugh. The colour of the kitchen is my favourite thing." });
        var sample = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = sample.GetProperty("id").GetInt32();

        Assert.Multiple(async () =>
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(created.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/voice-samples/{id}"));
            Assert.That(sample.GetProperty("source").GetString(), Is.EqualTo("pasted"));
            Assert.That(sample.GetProperty("isTest").GetBoolean(), Is.False);
            var mine = await Client(eleanorLive).GetFromJsonAsync<JsonElement>("/api/v1/voice-samples");
            Assert.That(mine.EnumerateArray().Select(s => s.GetProperty("id").GetInt32()), Does.Contain(id));
            Assert.That((await Client(daniel).GetAsync($"/api/v1/voice-samples/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await Client(daniel).DeleteAsync($"/api/v1/voice-samples/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await Client(daniel).GetFromJsonAsync<JsonElement>("/api/v1/voice-samples")).EnumerateArray().Any(s => s.GetProperty("id").GetInt32() == id), Is.False);
            Assert.That((await Client(eleanorTest).GetAsync($"/api/v1/voice-samples/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a test key sees only test samples");
            Assert.That((await Client(eleanorLive).GetAsync($"/api/v1/voice-samples/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
        Assert.That((await Client(eleanorLive).DeleteAsync($"/api/v1/voice-samples/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await Client(eleanorLive).GetAsync($"/api/v1/voice-samples/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Bad_input_is_a_problem_naming_the_field()
    {
        var missing = await ErrorsAsync(await Client(eleanorLive).PostAsJsonAsync("/api/v1/voice-samples", new { title = "nothing" }));
        var wrongType = await ErrorsAsync(await Client(eleanorLive).PostAsync("/api/v1/voice-samples", new StringContent("{\"text\": 5}", Encoding.UTF8, "application/json")));
        var tooShort = await ErrorsAsync(await Client(eleanorLive).PostAsJsonAsync("/api/v1/voice-samples", new { text = "Hi." }));
        using var docx = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "letter.docx" } };
        var wrongFile = await ErrorsAsync(await Client(eleanorLive).PostAsync("/api/v1/voice-samples", docx));

        Assert.Multiple(() =>
        {
            Assert.That(missing.GetProperty("text")[0].GetString(), Does.Contain("required"));
            Assert.That(wrongType.GetProperty("text")[0].GetString(), Does.Contain("string"));
            Assert.That(tooShort.GetProperty("text")[0].GetString(), Does.Contain("too short"));
            Assert.That(wrongFile.GetProperty("file")[0].GetString(), Does.Contain(".docx"));
        });
    }

    [Test]
    public async Task An_eml_upload_keeps_the_customer_s_words_and_drops_the_signature_and_the_quoted_reply()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Eml));
        file.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        form.Add(file, "file", "tonight.eml");

        var response = await Client(eleanorTest).PostAsync("/api/v1/voice-samples", form);
        var sample = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), sample.ToString());
        Assert.That(sample.GetProperty("source").GetString(), Is.EqualTo("email"));
        Assert.That(sample.GetProperty("title").GetString(), Is.EqualTo("tonight.eml"));
        Assert.That(sample.GetProperty("isTest").GetBoolean(), Is.True);
        Assert.That(sample.GetProperty("text").GetString(), Is.EqualTo("I'm running late, love, but I've picked up the fish and the good bread. Don't let the dog near the sofa."));
    }

    [Test]
    public async Task An_order_brings_new_memories_with_their_people_and_sensitivity_and_the_recipient_s_greeting()
    {
        var body = new
        {
            recipientId = jamesId, occasion = "anniversary", brief = "Twenty-six years.", requestedDeliveryDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
            greeting = "My own {name},", signOff = "Ever yours,",
            memories = new[]
            {
                new { text = "Your father walked us round the lake the day before he died.", when = "2001-06-02", about = "the lake walk",
                    people = new object[] { new { name = "Arthur", deceased = true }, new { name = "James", role = "recipient" } }, sensitivity = new[] { "death" } },
            },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", "voice-order");
        var response = await Client(eleanorLive).SendAsync(request);
        var order = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), order.ToString());

        await factory.WithDbAsync(async db =>
        {
            var placed = await db.Orders.Include(o => o.Anecdotes).SingleAsync(o => o.Id == order.GetProperty("id").GetInt32());
            var memory = await db.Anecdotes.SingleAsync(a => a.Id == placed.Anecdotes.Single().AnecdoteId);
            var james = await db.Recipients.SingleAsync(r => r.Id == jamesId);
            Assert.Multiple(() =>
            {
                Assert.That(placed.Anecdotes.Single().PickedByCustomer, Is.True);
                Assert.That(memory.HappenedOn, Is.EqualTo(new DateOnly(2001, 6, 2)));
                Assert.That(memory.Sensitivity, Is.EqualTo(AnecdoteSensitivity.Death));
                Assert.That(memory.About, Is.EqualTo("the lake walk"));
                Assert.That(memory.People.Select(p => $"{p.Name}/{p.Role}/{p.Deceased}"), Is.EqualTo(new[] { "Arthur/Other/True", "James/Recipient/False" }));
                Assert.That((james.Greeting, james.SignOff), Is.EqualTo(("My own {name},", "Ever yours,")));
            });
        });
    }

    [Test]
    public async Task A_bad_memory_names_its_place_in_the_request_and_leaves_nothing_behind()
    {
        var body = new
        {
            recipientId = jamesId, occasion = "anniversary", brief = "Nothing to see.", requestedDeliveryDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
            memories = new[] { new { text = "A fine day out.", people = new[] { new { name = "Bo", role = "cousin" } } } },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", "voice-bad");
        var errors = await ErrorsAsync(await Client(eleanorLive).SendAsync(request));

        Assert.That(errors.GetProperty("memories[0].people[0].role")[0].GetString(), Does.Contain("'cousin' is not a role"));
        await factory.WithDbAsync(async db => Assert.That(await db.Anecdotes.CountAsync(a => a.Text == "A fine day out."), Is.Zero));
    }

    [Test]
    public async Task A_bulk_csv_row_carries_a_memory_with_its_sensitivity_and_the_recipient_s_sign_off_and_a_bad_one_names_the_column()
    {
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd");
        const string header = "name,line1,city,postcode,country,occasion,brief,delivery_date,greeting,sign_off,memory,memory_people,memory_sensitivity\n";
        var good = header + $"Ada Byron,1 Engine Row,London,SW1A 1AA,GB,thank-you,Thanks for the notes,{due},Dear Ada,\"With thanks,\",We sat with your mother in the hospital garden,\"Annabella (deceased)\",\"illness, private\"\n";
        var bad = header + $"Ada Byron,1 Engine Row,London,SW1A 1AA,GB,thank-you,Thanks for the notes,{due},Dear Ada,,The day out,,gossip\n";

        var ok = await PostBulkAsync(good, "voice-bulk-ok");
        var refused = await PostBulkAsync(bad, "voice-bulk-bad");

        Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.Created), await ok.Content.ReadAsStringAsync());
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("memory_sensitivity").And.Contain("'gossip' is not a sensitivity"));
        await factory.WithDbAsync(async db =>
        {
            var ada = await db.Recipients.OrderByDescending(r => r.Id).FirstAsync(r => r.Name == "Ada Byron");
            var memory = await db.Anecdotes.SingleAsync(a => a.RecipientId == ada.Id);
            Assert.That((ada.Greeting, ada.SignOff), Is.EqualTo(("Dear Ada", "With thanks,")));
            Assert.That(memory.Sensitivity, Is.EqualTo(AnecdoteSensitivity.Illness | AnecdoteSensitivity.Private));
            Assert.That(memory.People.Single(), Is.EqualTo(new AnecdotePerson("Annabella", PersonRole.Other, true)));
            Assert.That(await db.Orders.Include(o => o.Anecdotes).AnyAsync(o => o.RecipientId == ada.Id && o.Anecdotes.Any(a => a.AnecdoteId == memory.Id)), Is.True);
        });
    }

    private Task<HttpResponseMessage> PostBulkAsync(string csv, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders/bulk") { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
        request.Headers.Add("Idempotency-Key", key);
        return Client(eleanorLive).SendAsync(request);
    }

    [Test]
    public async Task The_portal_keeps_a_pasted_sample_and_the_export_carries_it()
    {
        var eleanor = await SignIn.ClientForAsync(factory, SignIn.Customer);
        var response = await Forms.SubmitAsync(eleanor, "/my/writing", "paste", new Dictionary<string, string>
        {
            ["Paste.Title"] = "Postcard from Whitby",
            ["Paste.Text"] = "Well, love, the kippers were grand and the abbey was shut. Wish you were here, honestly.",
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect).Or.EqualTo(HttpStatusCode.Found).Or.EqualTo(HttpStatusCode.SeeOther), await response.Content.ReadAsStringAsync());

        var page = await eleanor.GetStringAsync("/my/writing");
        Assert.That(page, Does.Contain("Postcard from Whitby").And.Contain("the kippers were grand"));

        var zip = new ZipArchive(new MemoryStream(await eleanor.GetByteArrayAsync("/my/export.zip")));
        using var json = JsonDocument.Parse(zip.GetEntry("customer.json")!.Open());
        var samples = json.RootElement.GetProperty("voiceSamples").EnumerateArray().ToList();
        Assert.That(samples.Select(s => s.GetProperty("title").GetString()), Does.Contain("Postcard from Whitby"));
        Assert.That(samples.Single(s => s.GetProperty("title").GetString() == "Postcard from Whitby").GetProperty("text").GetString(), Does.Contain("kippers"));
    }

    [Test]
    public async Task The_style_questionnaire_stores_a_greeting_and_register_per_recipient()
    {
        var eleanor = await SignIn.ClientForAsync(factory, SignIn.Customer);
        var page = await Forms.GetAsync(eleanor, "/my/style");
        var index = page.QuerySelectorAll("input[type=hidden]").Select(i => i.GetAttribute("name")).ToList()
            .FindIndex(n => n is not null && n.StartsWith("Input.PetNames[", StringComparison.Ordinal));
        var ids = page.QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name")?.EndsWith("].RecipientId", StringComparison.Ordinal) == true)
            .Select(i => (Name: i.GetAttribute("name")!, Id: int.Parse(i.GetAttribute("value")!))).ToList();
        var slot = ids.Single(x => x.Id == jamesId).Name.Replace(".RecipientId", "", StringComparison.Ordinal);
        Assert.That(index, Is.GreaterThanOrEqualTo(0));

        await Forms.SubmitAsync(eleanor, page, "/my/style", "style", new Dictionary<string, string>
        {
            [$"{slot}.Greeting"] = "Jamie, my love,",
            [$"{slot}.SignOff"] = "Always,",
            [$"{slot}.Closeness"] = "Intimate",
            [$"{slot}.CallsClient"] = "Nell",
        });

        await factory.WithDbAsync(async db =>
        {
            var james = await db.Recipients.SingleAsync(r => r.Id == jamesId);
            Assert.That(james.Voice, Is.EqualTo(new RecipientVoice("Jamie, my love,", "Always,", null, "Nell", Closeness.Intimate)));
        });
    }
}
