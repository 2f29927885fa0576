using LetterStudio.TestSupport;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Api;

/// <summary>POST /api/v1/orders/bulk over HTTP on the real app and database.</summary>
// The API on both databases the studio runs on: one fixture per provider, the same tests.
[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class BulkOrdersTests(TestProvider provider)
{
    private StudioFactory factory = null!;
    private string key = null!, testKey = null!;
    private int eleanorId;

    private static string Due => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd");

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = (await StudioFactory.OnAsync(provider)).WithSettings(new() { ["Api:Bulk:MaxBytes"] = "4096" });
        await factory.WithDbAsync(async db =>
        {
            eleanorId = await db.Customers.Where(c => c.Email == "eleanor@example.com").Select(c => c.Id).SingleAsync();
            var (live, liveSecret) = ApiKey.Create(eleanorId, "bulk", testMode: false, DateTimeOffset.UtcNow);
            var (test, testSecret) = ApiKey.Create(eleanorId, "bulk-test", testMode: true, DateTimeOffset.UtcNow);
            db.ApiKeys.AddRange(live, test);
            await db.SaveChangesAsync();
            (key, testKey) = (liveSecret, testSecret);
        });
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private Task<HttpResponseMessage> PostAsync(string body, string mediaType, string? idempotencyKey, string? apiKey = null)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey ?? key);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders/bulk") { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    private Task<int> CountAsync(Func<IQueryable<Domain.Orders.Order>, IQueryable<Domain.Orders.Order>> pick)
    {
        var count = 0;
        return factory.WithDbAsync(async db => count = await pick(db.Orders).CountAsync()).ContinueWith(_ => count);
    }

    private static string Csv(params string[] rows) =>
        "name,line1,line2,city,region,postcode,country,occasion,brief,delivery_date,wants_proof,gift\n" + string.Join("\n", rows) + "\n";

    [Test]
    public async Task A_valid_csv_creates_every_order_with_its_price_reference_and_merge_fields()
    {
        var csv = Csv(
            $"Ada Lovelace,12 Analytical Row,,London,,SW1A 1AA,GB,thank-you,Thank you for the engine notes,{Due},no,the walnut chess set",
            $"\"Brunel, Isambard\",1 Bridge St,Flat 2,Bristol,,BS1 4DJ,GB,birthday,\"Happy birthday, \"\"IK\"\"\",{Due},yes,");

        var response = await PostAsync(csv, "text/csv", "bulk-ok");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body.ToString());
        Assert.That(body.GetProperty("count").GetInt32(), Is.EqualTo(2));
        var orders = body.GetProperty("orders").EnumerateArray().ToList();
        Assert.That(orders.Select(o => o.GetProperty("reference").GetString()), Is.All.StartWith("LS-"));
        Assert.That(body.GetProperty("totalMinor").GetInt64(), Is.EqualTo(orders.Sum(o => o.GetProperty("priceMinor").GetInt64())));
        Assert.That(orders[0].GetProperty("priceMinor").GetInt64(), Is.EqualTo(3750), "A5 plus the handwritten envelope");
        await factory.WithDbAsync(async db =>
        {
            var first = await db.Orders.SingleAsync(o => o.Id == orders[0].GetProperty("id").GetInt32());
            Assert.That(first.MergeFields, Is.EquivalentTo(new Dictionary<string, string> { ["gift"] = "the walnut chess set" }));
            Assert.That(first.WantsProof, Is.False);
            Assert.That(first.IsTest, Is.False);
            var second = await db.Orders.SingleAsync(o => o.Id == orders[1].GetProperty("id").GetInt32());
            Assert.That(second.Brief, Is.EqualTo("Happy birthday, \"IK\""));
            var brunel = await db.Recipients.SingleAsync(r => r.Id == second.RecipientId);
            Assert.That(brunel.Name, Is.EqualTo("Brunel, Isambard"));
            Assert.That(brunel.Address.Line2, Is.EqualTo("Flat 2"));
        });
    }

    [Test]
    public async Task A_csv_with_bad_rows_in_the_middle_creates_nothing_and_names_each_line_and_field()
    {
        var before = await CountAsync(q => q);
        var csv = Csv(
            $"Good One,1 High St,,York,,YO1 7HH,GB,birthday,A good row,{Due},,",
            $"Bad Postcode,2 High St,,York,,NOT-A-CODE,GB,birthday,Bad postcode,{Due},,",
            $"Bad Occasion,3 High St,,York,,YO1 7HH,GB,graduation-party,Bad occasion,2001-01-01,,",
            $"Good Two,4 High St,,York,,YO1 7HH,GB,birthday,Another good row,{Due},,");

        var response = await PostAsync(csv, "text/csv", "bulk-bad");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), problem.ToString());
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        var errors = problem.GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "line 3.postcode", "line 4.occasion", "line 4.delivery_date" }));
        Assert.That(errors.GetProperty("line 3.postcode")[0].GetString(), Does.Contain("NOT-A-CODE"));
        Assert.That(problem.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("line").GetInt32()), Is.EquivalentTo(new[] { 3, 4, 4 }));
        Assert.That(await CountAsync(q => q), Is.EqualTo(before), "nothing is created when any row is bad");
        await factory.WithDbAsync(async db => Assert.That(await db.Recipients.AnyAsync(r => r.Name == "Good One"), Is.False));
    }

    [Test]
    public async Task A_json_array_creates_the_orders_and_a_bad_item_is_named_by_its_index()
    {
        var rows = new object[]
        {
            new { name = "Jo March", line1 = "1 Orchard House", city = "Concord", state = "MA", zip = "01742", country = "US", occasion = "love-letter", brief = "For Jo", deliveryDate = Due, wantsProof = true, nickname = "Jo" },
        };
        var good = await PostAsync(JsonSerializer.Serialize(rows), "application/json", "bulk-json");
        Assert.That(good.StatusCode, Is.EqualTo(HttpStatusCode.Created), await good.Content.ReadAsStringAsync());
        var id = (await good.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orders")[0].GetProperty("id").GetInt32();
        await factory.WithDbAsync(async db =>
        {
            var order = await db.Orders.SingleAsync(o => o.Id == id);
            Assert.That(order.MergeFields["nickname"], Is.EqualTo("Jo"));
            Assert.That((await db.Recipients.SingleAsync(r => r.Id == order.RecipientId)).Address.Region, Is.EqualTo("MA"));
        });

        var bad = await PostAsync(JsonSerializer.Serialize(new object[] { rows[0], new { name = "No Address", occasion = "birthday", brief = "x", deliveryDate = Due } }),
            "application/json", "bulk-json-bad");
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(p => p.Name), Does.Contain("[1].line1"));
        Assert.That(problem.GetProperty("rows")[0].GetProperty("index").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task The_same_key_and_file_answer_with_the_same_orders_and_another_file_under_it_is_refused()
    {
        var csv = Csv($"Repeat Person,5 Loop Lane,,Leeds,,LS1 4AP,GB,birthday,Once only,{Due},,");

        var first = await PostAsync(csv, "text/csv", "bulk-repeat");
        var again = await PostAsync(csv.Replace(",", " ,", StringComparison.Ordinal).Replace(" ,", ",", StringComparison.Ordinal), "text/csv", "bulk-repeat");
        var other = await PostAsync(csv.Replace("Once only", "Something else", StringComparison.Ordinal), "text/csv", "bulk-repeat");

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var firstIds = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("id").GetInt32());
        var againIds = (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("id").GetInt32());
        Assert.That(againIds, Is.EqualTo(firstIds));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString(), Is.EqualTo("Idempotency-Key"));
        Assert.That(await CountAsync(q => q.Where(o => o.Brief == "Once only")), Is.EqualTo(1));
    }

    [Test]
    public async Task Concurrent_uploads_with_one_key_create_one_set_of_orders()
    {
        var csv = Csv($"Race Person,6 Track Rd,,Derby,,DE1 2AA,GB,birthday,Race brief,{Due},,");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostAsync(csv, "text/csv", "bulk-race")));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.AnyOf(HttpStatusCode.Created, HttpStatusCode.OK));
        Assert.That(await CountAsync(q => q.Where(o => o.Brief == "Race brief")), Is.EqualTo(1));
    }

    [Test]
    public async Task An_identical_recipient_already_in_the_address_book_is_reused()
    {
        var row = $"Same Person,7 Same St,,Hull,,HU1 1AA,GB,birthday,First,{Due},,";
        await PostAsync(Csv(row), "text/csv", "bulk-same-1");

        await PostAsync(Csv(row.Replace("First", "Second", StringComparison.Ordinal), row.Replace("First", "Third", StringComparison.Ordinal)), "text/csv", "bulk-same-2");

        await factory.WithDbAsync(async db => Assert.That(await db.Recipients.CountAsync(r => r.Name == "Same Person" && r.CustomerId == eleanorId), Is.EqualTo(1)));
        Assert.That(await CountAsync(q => q.Where(o => o.Brief == "Second" || o.Brief == "Third")), Is.EqualTo(2));
    }

    [Test]
    public async Task A_test_key_makes_test_orders()
    {
        var response = await PostAsync(Csv($"Test Person,8 Test St,,Bath,,BA1 1AA,GB,birthday,Test brief,{Due},,"), "text/csv", "bulk-test", testKey);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(body.GetProperty("orders")[0].GetProperty("isTest").GetBoolean(), Is.True);
        Assert.That(await CountAsync(q => q.Where(o => o.Brief == "Test brief" && o.IsTest)), Is.EqualTo(1));
    }

    [Test]
    public async Task An_upload_over_the_size_limit_is_a_413_that_names_the_setting()
    {
        var rows = Enumerable.Range(0, 60).Select(i => $"Person {i},1 Long St,,York,,YO1 7HH,GB,birthday,Brief {i},{Due},,");

        var response = await PostAsync(Csv([.. rows]), "text/csv", "bulk-big");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), Does.Contain("Api:Bulk:MaxBytes"));
    }

    [Test]
    public async Task Another_media_type_is_a_415_and_a_missing_key_is_a_400()
    {
        Assert.That((await PostAsync("x", "text/plain", "bulk-415")).StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That((await PostAsync(Csv(), "text/csv", null)).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_file_with_only_a_header_and_a_json_object_instead_of_an_array_are_422s_naming_the_upload()
    {
        var empty = await PostAsync(Csv(), "text/csv", "bulk-empty");
        var notArray = await PostAsync("{\"name\":\"x\"}", "application/json", "bulk-object");

        Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "rows" }));
        Assert.That(notArray.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var problem = await notArray.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("errors").GetProperty("body")[0].GetString(), Does.Contain("JSON array"));
        Assert.That(problem.GetProperty("rows")[0].GetProperty("index").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }
}
