using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Orders;

/// <summary>The customer portal's bulk upload, /my/bulk, over real HTTP with the real antiforgery token.</summary>
public class BulkUploadPageTests
{
    private StudioFactory factory = null!;

    [OneTimeSetUp]
    public void Start() => factory = new StudioFactory();

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private static string Due => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40).ToString("yyyy-MM-dd");

    /// <summary>Posts the upload form as a browser does: multipart, with the page's antiforgery token and the form's name.</summary>
    private static async Task<IDocument> UploadAsync(HttpClient client, string csv)
    {
        var page = await Forms.GetAsync(client, "/my/bulk");
        var form = page.QuerySelector("form[enctype='multipart/form-data']") ?? throw new AssertionException("no upload form");
        var content = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]"))
            content.Add(new StringContent(hidden.GetAttribute("value") ?? ""), hidden.GetAttribute("name")!);
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "File", "orders.csv");
        var response = await client.PostAsync("/my/bulk", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_valid_file_shows_three_handwritten_samples_and_the_total_and_confirming_places_every_order_once()
    {
        var client = await SignIn.ClientForAsync(factory, SignIn.Customer);
        var csv = "name,line1,city,postcode,country,occasion,brief,delivery_date,gift\n"
            + string.Join("\n", Enumerable.Range(1, 4).Select(i => $"Portal Person {i},{i} Mill Lane,Oxford,OX1 2JD,GB,thank-you,Thanks for everything {i},{Due},a book {i}")) + "\n";

        var preview = await UploadAsync(client, csv);

        var samples = preview.QuerySelectorAll(".bulk-samples img");
        Assert.That(samples, Has.Length.EqualTo(3));
        Assert.That(samples.Select(i => i.GetAttribute("src")), Is.All.StartWith("data:image/png;base64,"));
        var png = Convert.FromBase64String(samples[0].GetAttribute("src")!["data:image/png;base64,".Length..]);
        Assert.That(png.AsSpan(1, 3).ToArray(), Is.EqualTo("PNG"u8.ToArray()));
        Assert.That(preview.QuerySelector("#preview-h")!.TextContent, Does.Contain("4 letter(s)").And.Contain("150.00 GBP"));
        Assert.That(preview.QuerySelectorAll(".bulk-rows tbody tr"), Has.Length.EqualTo(4));

        var confirm = await Forms.SubmitAsync(client, preview, "/my/bulk", "bulk-confirm");
        var again = await Forms.SubmitAsync(client, preview, "/my/bulk", "bulk-confirm");
        var done = await Forms.ParseAsync(await confirm.Content.ReadAsStringAsync());

        Assert.That(confirm.StatusCode, Is.EqualTo(HttpStatusCode.OK), await confirm.Content.ReadAsStringAsync());
        Assert.That(done.QuerySelector("#done-h")!.TextContent, Does.Contain("4 order(s) placed"));
        Assert.That(done.QuerySelectorAll(".placed li").Select(li => li.TextContent), Is.All.Contain("LS-"));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a second click answers with the same orders");
        await factory.WithDbAsync(async db =>
        {
            var orders = await db.Orders.Where(o => o.Brief.StartsWith("Thanks for everything")).ToListAsync();
            Assert.That(orders, Has.Count.EqualTo(4), "placed once, however often confirmed");
            Assert.That(orders.Select(o => o.MergeFields["gift"]), Is.EquivalentTo(new[] { "a book 1", "a book 2", "a book 3", "a book 4" }));
            Assert.That(orders, Has.All.Property("IsTest").False);
        });
    }

    [Test]
    public async Task A_file_with_a_bad_row_lists_it_by_line_and_column_and_offers_nothing_to_confirm()
    {
        var client = await SignIn.ClientForAsync(factory, SignIn.Customer);
        var csv = "name,line1,city,postcode,country,occasion,brief,delivery_date\n"
            + $"Fine Person,1 Fine St,Oxford,OX1 2JD,GB,birthday,Fine,{Due}\n"
            + $"Bad Person,2 Bad St,Oxford,OX1 2JD,GB,birthday,Bad,31/12/2030\n";

        var page = await UploadAsync(client, csv);

        var row = page.QuerySelector(".bulk-errors tbody tr")!.QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.That(row[0], Is.EqualTo("3"));
        Assert.That(row[1], Is.EqualTo("delivery_date"));
        Assert.That(row[2], Does.Contain("31/12/2030"));
        Assert.That(page.QuerySelector("input[name=_handler][value='bulk-confirm']"), Is.Null);
        await factory.WithDbAsync(async db => Assert.That(await db.Orders.AnyAsync(o => o.Brief == "Fine"), Is.False));
    }

    [Test]
    public async Task A_writer_cannot_open_the_bulk_page()
    {
        var client = await SignIn.ClientForAsync(factory, SignIn.Writer);

        var response = await client.GetAsync("/my/bulk");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.Contain("/account/denied"));
    }
}
