using System.Net.Http.Json;
using System.Text.Json;
using LetterStudio.Application.Printing;
using LetterStudio.Data;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Letters;
using LetterStudio.Domain.Orders;
using LetterStudio.Printing.Jobs.Batches;
using LetterStudio.Web.Features.Desk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace LetterStudio.Web.Tests.Portal;

/// <summary>
/// The look belongs to the order. Order A in Kristi on A5, then order B in Breip on a 5x7 card: A is still Kristi on A5
/// in its price, its proof render, its approved PDF, the print room's queue, its page and the API.
/// </summary>
public class OrderLookTests
{
    private const string Eleanor = "eleanor@example.com";
    private StudioFactory factory = null!;

    [SetUp]
    public void Start() => factory = new StudioFactory();

    [TearDown]
    public async Task Stop() => await factory.DisposeAsync();

    // "Today" as the app reads it (its TimeProvider), so the test and the app agree on the date.
    private DateOnly Today => DateOnly.FromDateTime(factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

    private async Task<int> OrderAsync(HttpClient client, int recipient, string font, string paper, string ink)
    {
        var response = await Forms.SubmitAsync(client, "/my/orders/new", "order", new Dictionary<string, string>
        {
            ["Input.RecipientId"] = recipient.ToString(), ["Input.Occasion"] = "birthday", ["Input.Brief"] = $"In {font} on {paper}.",
            ["Input.DeliveryDate"] = Today.AddDays(20).ToString("yyyy-MM-dd"), ["Input.Font"] = font, ["Input.Paper"] = paper, ["Input.Ink"] = ink,
            ["Input.WantsProof"] = "true", ["Input.Envelope"] = "true",
        });
        Assert.That(response.Headers.Location?.OriginalString, Does.Contain("/my/orders/"), await response.Content.ReadAsStringAsync());
        return int.Parse(System.Text.RegularExpressions.Regex.Match(response.Headers.Location!.OriginalString, @"/my/orders/(\d+)").Groups[1].Value);
    }

    [Test]
    public async Task Ordering_b_in_breip_on_a_5x7_card_leaves_order_a_in_kristi_on_a5_in_price_render_batch_page_and_api()
    {
        var eleanor = await SignIn.ClientForAsync(factory, Eleanor);
        var james = 0;
        await factory.WithDbAsync(async db => james = await db.Recipients.Where(r => r.Name.StartsWith("James")).Select(r => r.Id).SingleAsync());
        var a = await OrderAsync(eleanor, james, "kristi", "A5", "#1B2A4A");

        var b = await OrderAsync(eleanor, james, "breip", "Card5x7", "#5B3A1E");

        // A's writer drafts; Eleanor approves the proof, which renders and stores the PDF the print room takes.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>();
            var order = await db.Orders.Include(o => o.History).SingleAsync(o => o.Id == a);
            var now = DateTimeOffset.UtcNow;
            order.AssignTo(SignIn.Writer, SignIn.Writer, now);
            order.MoveTo(OrderStatus.Drafting, SignIn.Writer, now);
            var letter = new Letter(a, now);
            letter.AddRevision(new RevisionDraft("Dear James,\n\nSixty, and the garden has never looked better.\n\nAll my love,\nEllie", RevisionSource.Writer, SignIn.Writer), now);
            db.Letters.Add(letter);
            order.MoveTo(OrderStatus.InReview, SignIn.Writer, now, "Proof sent to the customer");
            await db.SaveChangesAsync();
        }
        var proofPng = await eleanor.GetByteArrayAsync($"/my/orders/{a}/proof/1.png?dpi=50");
        Assert.That((await Forms.SubmitAsync(eleanor, $"/my/orders/{a}", "approve")).Headers.Location!.OriginalString, Does.EndWith("done=approved"));

        await using var check = factory.Services.CreateAsyncScope();
        var data = check.ServiceProvider.GetRequiredService<LetterStudioDbContext>();
        var orders = await data.Orders.AsNoTracking().Where(o => o.Id == a || o.Id == b).ToDictionaryAsync(o => o.Id);
        var document = await (from d in data.LetterDocuments join l in data.Letters on d.LetterId equals l.Id where l.OrderId == a select d.RenderSettingsJson).SingleAsync();
        var waiting = (await PrintQueue.WaitingAsync(data)).Single(w => w.OrderId == a);
        using var proof = SKBitmap.Decode(proofPng);
        var api = await ApiOrderAsync(a);
        var page = await eleanor.GetStringAsync($"/my/orders/{a}");
        Assert.Multiple(() =>
        {
            Assert.That((orders[a].Look.FontId, orders[a].Look.Paper.ToString()), Is.EqualTo(("kristi", "A5")));
            Assert.That(orders[a].PriceCents, Is.EqualTo(3500 + 250), "priced as A5 with an envelope");
            Assert.That((orders[b].Look.FontId, orders[b].Look.Paper.ToString()), Is.EqualTo(("breip", "Card5x7")));
            Assert.That(proof.Height / (double)proof.Width, Is.EqualTo(210 / 148.0).Within(0.02), "the proof is an A5 sheet, not a 5x7 card");
            Assert.That(document, Does.Contain("\"font\":\"kristi\"").And.Contain("\"paper\":\"A5\""), "the approved PDF is rendered in A's look");
            Assert.That((waiting.Paper.ToString(), waiting.Ink), Is.EqualTo(("A5", "#1B2A4A")), "the print room groups it as A5 in blue-black");
            Assert.That(page, Does.Contain("Kristi").And.Contain("A5 letter sheet").And.Contain("Blue-black"));
            Assert.That(api.GetProperty("look").GetProperty("font").GetString(), Is.EqualTo("kristi"));
            Assert.That(api.GetProperty("look").GetProperty("paper").GetString(), Is.EqualTo("A5"));
            Assert.That(api.GetProperty("envelope").GetBoolean(), Is.True);
        });
    }

    [Test]
    public async Task A_customer_without_a_style_profile_orders_in_caveat_on_a4_and_sees_it_on_the_order_page()
    {
        var eleanor = await SignIn.ClientForAsync(factory, Eleanor);
        var james = 0;
        await factory.WithDbAsync(async db =>
        {
            james = await db.Recipients.Where(r => r.Name.StartsWith("James")).Select(r => r.Id).SingleAsync();
            // Eleanor's profile is referenced by no revision in the demo: without it she is a newcomer to the look.
            await db.StyleProfiles.Where(p => p.CustomerId == db.Customers.Single(c => c.Email == Eleanor).Id).ExecuteDeleteAsync();
        });

        var id = await OrderAsync(eleanor, james, "caveat", "A4", "#1F3FA6");

        var page = await eleanor.GetStringAsync($"/my/orders/{id}");
        Assert.That(page, Does.Contain("Caveat").And.Contain("A4 sheet").And.Contain("Royal blue"));
        await factory.WithDbAsync(async db => Assert.That(
            await db.StyleProfiles.Where(p => p.CustomerId == db.Customers.Single(c => c.Email == Eleanor).Id).Select(p => p.Look.FontId).SingleAsync(), Is.EqualTo("caveat"),
            "the first order's look becomes the default for the next"));
    }

    private async Task<JsonElement> ApiOrderAsync(int id)
    {
        var secret = "";
        await factory.WithDbAsync(async db =>
        {
            var eleanor = await db.Customers.SingleAsync(c => c.Email == Eleanor);
            var (key, s) = ApiKey.Create(eleanor.Id, "look", testMode: false, DateTimeOffset.UtcNow);
            db.ApiKeys.Add(key);
            await db.SaveChangesAsync();
            secret = s;
        });
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        return await client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{id}");
    }
}
