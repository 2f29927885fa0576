using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LetterStudio.Data;
using LetterStudio.Domain.Letters;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Web.Tests.Portal;

/// <summary>A customer orders, follows, approves or sends back their letters in the portal, through real HTTP.</summary>
public class PortalOrderTests
{
    private const string Eleanor = "eleanor@example.com";
    private const string Daniel = "daniel@example.com";
    private StudioFactory factory = null!;

    [SetUp]
    public void Start() => factory = new StudioFactory();

    [TearDown]
    public async Task Stop() => await factory.DisposeAsync();

    // "Today" as the app reads it (its TimeProvider), so the test and the app agree on the date.
    private DateOnly Today => DateOnly.FromDateTime(factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

    private async Task<T> DbAsync<T>(Func<LetterStudioDbContext, Task<T>> read)
    {
        T result = default!;
        await factory.WithDbAsync(async db => result = await read(db));
        return result;
    }

    private async Task<int> OrderOfAsync(string email, string occasion) =>
        await DbAsync(db => (from o in db.Orders join c in db.Customers on o.CustomerId equals c.Id
                             where c.Email == email && o.OccasionKey == occasion select o.Id).FirstAsync());

    [Test]
    public async Task Ordering_through_the_form_places_a_received_order_at_the_quoted_price_and_mails_a_confirmation()
    {
        var eleanor = await SignIn.ClientForAsync(factory, Eleanor);
        var (james, pick) = await DbAsync(async db =>
        {
            var r = await db.Recipients.Where(r => r.Name.StartsWith("James")).Select(r => r.Id).SingleAsync();
            var a = await db.Anecdotes.Where(a => a.RecipientId == r).Select(a => a.Id).FirstAsync();
            return (r, a);
        });
        var due = Today.AddDays(20);
        var form = await Forms.GetAsync(eleanor, "/my/orders/new");
        // Each memory told before is offered with its id beside its tick box (Input.Picks[i].Id, Input.Picks[i].Chosen).
        var pickName = form.QuerySelector($"input[type=hidden][name^='Input.Picks['][value='{pick}']")!.GetAttribute("name")!.Replace(".Id", ".Chosen");

        var response = await Forms.SubmitAsync(eleanor, form, "/my/orders/new", "order", new Dictionary<string, string>
        {
            ["Input.RecipientId"] = james.ToString(),
            ["Input.Occasion"] = "birthday",
            ["Input.Brief"] = "Sixty today. Tell him the garden has never looked better.",
            ["Input.DeliveryDate"] = due.ToString("yyyy-MM-dd"),
            ["Input.Paper"] = "A4",
            [pickName] = "true",
            ["Input.Memories[0].Text"] = "We planted the pear tree together the week we moved in.",
            ["Input.Memories[0].When"] = "spring 2004",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect).Or.EqualTo(HttpStatusCode.SeeOther), await response.Content.ReadAsStringAsync());
        var id = int.Parse(System.Text.RegularExpressions.Regex.Match(response.Headers.Location!.OriginalString, @"/my/orders/(\d+)").Groups[1].Value);
        var order = await DbAsync(db => db.Orders.Include(o => o.Anecdotes).SingleAsync(o => o.Id == id));
        Assert.That(order.Status, Is.EqualTo(OrderStatus.Received));
        Assert.That(order.RecipientId, Is.EqualTo(james));
        Assert.That(order.RequestedDeliveryDate, Is.EqualTo(due));
        Assert.That((order.PriceCents, order.Currency), Is.EqualTo((4000L + 250L, "GBP")), "A4 base and a handwritten envelope, no rush");
        var memories = await DbAsync(db => db.Anecdotes.Where(a => order.Anecdotes.Select(x => x.AnecdoteId).Contains(a.Id)).Select(a => a.Text).ToListAsync());
        Assert.That(memories, Has.Count.EqualTo(2).And.Contain("We planted the pear tree together the week we moved in."));
        var look = await DbAsync(db => db.StyleProfiles.Where(p => p.CustomerId == order.CustomerId).OrderByDescending(p => p.Version).Select(p => p.Look.Paper).FirstAsync());
        Assert.That(look.ToString(), Is.EqualTo("A4"), "the chosen look is the profile's default for the next order");
        Assert.That(order.Look.Paper.ToString(), Is.EqualTo("A4"), "and the order's own look");
        var mail = await DbAsync(db => db.OutboundMail.Where(m => m.To == Eleanor).OrderByDescending(m => m.Id).FirstAsync());
        Assert.That(mail.Subject, Does.Contain(order.Reference));

        var page = await eleanor.GetStringAsync($"/my/orders/{id}");
        Assert.That(page, Does.Contain("We received your order").And.Contain("42.50 GBP"));
        Assert.That(await eleanor.GetStringAsync("/my/orders"), Does.Contain(order.Reference));
    }

    [Test]
    public async Task Sending_the_same_form_twice_places_one_order()
    {
        var eleanor = await SignIn.ClientForAsync(factory, Eleanor);
        var james = await DbAsync(db => db.Recipients.Where(r => r.Name.StartsWith("James")).Select(r => r.Id).SingleAsync());
        var page = await Forms.GetAsync(eleanor, "/my/orders/new");
        var fields = new Dictionary<string, string>
        {
            ["Input.RecipientId"] = james.ToString(), ["Input.Occasion"] = "thank-you", ["Input.Brief"] = "For the flowers.",
            ["Input.DeliveryDate"] = Today.AddDays(30).ToString("yyyy-MM-dd"), ["Input.Memories[0].Text"] = "The tulips on the kitchen table.",
        };
        var before = await DbAsync(db => db.Orders.CountAsync());

        var first = await Forms.SubmitAsync(eleanor, page, "/my/orders/new", "order", fields);
        var second = await Forms.SubmitAsync(eleanor, page, "/my/orders/new", "order", fields);

        Assert.That(second.Headers.Location, Is.EqualTo(first.Headers.Location));
        Assert.That(await DbAsync(db => db.Orders.CountAsync()), Is.EqualTo(before + 1));
        Assert.That(await DbAsync(db => db.Anecdotes.CountAsync(a => a.Text == "The tulips on the kitchen table.")), Is.EqualTo(1), "the repeat adds no memory either");
    }

    [Test]
    public async Task A_bad_form_names_the_field_and_places_nothing()
    {
        var eleanor = await SignIn.ClientForAsync(factory, Eleanor);
        var james = await DbAsync(db => db.Recipients.Where(r => r.Name.StartsWith("James")).Select(r => r.Id).SingleAsync());
        var sophiesLucas = await DbAsync(db => db.Recipients.Where(r => r.Name.StartsWith("Lucas")).Select(r => r.Id).SingleAsync());
        var before = await DbAsync(db => db.Orders.CountAsync());

        var past = await Forms.SubmitAsync(eleanor, "/my/orders/new", "order", new Dictionary<string, string>
        {
            ["Input.RecipientId"] = james.ToString(), ["Input.Occasion"] = "birthday", ["Input.Brief"] = "Hello",
            ["Input.DeliveryDate"] = Today.AddDays(-3).ToString("yyyy-MM-dd"), ["Input.Memories[0].Text"] = "Should not be kept.",
        });
        var foreign = await Forms.SubmitAsync(eleanor, "/my/orders/new", "order", new Dictionary<string, string>
        {
            ["Input.RecipientId"] = sophiesLucas.ToString(), ["Input.Occasion"] = "birthday", ["Input.Brief"] = "Hello",
            ["Input.DeliveryDate"] = Today.AddDays(10).ToString("yyyy-MM-dd"),
        });

        Assert.That(past.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var pastPage = await Forms.ParseAsync(await past.Content.ReadAsStringAsync());
        Assert.That(pastPage.QuerySelector("#o-date ~ .validation-message")?.TextContent, Does.Contain("has passed: choose today or a later day"));
        Assert.That(pastPage.QuerySelector(".order-errors")?.TextContent, Does.Contain("The day it should arrive"), "the summary names the field in words");
        var foreignPage = await Forms.ParseAsync(await foreign.Content.ReadAsStringAsync());
        Assert.That(foreignPage.QuerySelector("#o-recipient ~ .validation-message")?.TextContent, Does.Contain("is not in this customer's address book"));
        Assert.That(foreignPage.QuerySelector(".order-errors")?.TextContent, Does.Contain("Who it is for"));
        Assert.That(foreignPage.Body!.TextContent, Does.Not.Contain("RecipientId"), "no code names");
        Assert.That(await DbAsync(db => db.Orders.CountAsync()), Is.EqualTo(before));
        Assert.That(await DbAsync(db => db.Anecdotes.CountAsync(a => a.Text == "Should not be kept.")), Is.Zero, "one transaction: the memory goes with the order");
    }

    [Test]
    public async Task The_live_sample_is_the_engine_drawing_the_chosen_look_and_the_quote_follows_the_form()
    {
        var eleanor = await SignIn.ClientForAsync(factory, Eleanor);

        var kristi = await eleanor.GetAsync("/my/sample.png?font=kristi&ink=%231B2A4A&paper=A5");
        var caveat = await eleanor.GetAsync("/my/sample.png?font=caveat&ink=%231B2A4A&paper=A5");
        var unknown = await eleanor.GetAsync("/my/sample.png?font=comic-sans");
        var rush = await eleanor.GetFromJsonAsync<JsonElement>($"/my/quote?paper=A4&envelope=true&delivery={Today.AddDays(2):yyyy-MM-dd}");

        Assert.That(kristi.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
        var a = await kristi.Content.ReadAsByteArrayAsync();
        var b = await caveat.Content.ReadAsByteArrayAsync();
        Assert.That(a[1..4], Is.EqualTo("PNG"u8.ToArray()));
        Assert.That(b, Is.Not.EqualTo(a), "another hand draws another sample");
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await unknown.Content.ReadAsStringAsync(), Does.Contain("font"));
        Assert.That(rush.GetProperty("totalMinor").GetInt64(), Is.EqualTo((4000 + 250) * 3 / 2), "rush is half as much again");
        var writer = await SignIn.ClientForAsync(factory, SignIn.Writer);
        Assert.That((await writer.GetAsync("/my/sample.png")).StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_customer_approves_the_proof_and_downloads_the_rendered_pdf()
    {
        var daniel = await SignIn.ClientForAsync(factory, Daniel);
        var id = await OrderOfAsync(Daniel, "thank-you"); // in review, with a proof

        var page = await daniel.GetStringAsync($"/my/orders/{id}");
        Assert.That(page, Does.Contain("Proof ready for you").And.Contain($"/my/orders/{id}/proof/1.png"));
        var proof = await daniel.GetAsync($"/my/orders/{id}/proof/1.png");
        Assert.That(proof.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
        Assert.That((await daniel.GetAsync($"/my/orders/{id}/letter.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "no PDF before approval");

        var approved = await Forms.SubmitAsync(daniel, $"/my/orders/{id}", "approve");

        Assert.That(approved.Headers.Location!.OriginalString, Does.EndWith("done=approved"));
        Assert.That(await DbAsync(db => db.Orders.Where(o => o.Id == id).Select(o => o.Status).SingleAsync()), Is.EqualTo(OrderStatus.Rendered));
        var pdf = await daniel.GetAsync($"/my/orders/{id}/letter.pdf?download=true");
        Assert.That(pdf.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
            Assert.That(string.Join(" ", document.GetPages().Select(p => p.Text)), Does.Contain("away game"));
        Assert.That(await daniel.GetStringAsync($"/my/orders/{id}"), Does.Contain("You approved the letter").And.Contain("Download the PDF"));
    }

    [Test]
    public async Task Asking_for_changes_sends_the_letter_back_with_the_comment_on_the_writers_desk()
    {
        var daniel = await SignIn.ClientForAsync(factory, Daniel);
        var id = await OrderOfAsync(Daniel, "thank-you");

        var sent = await Forms.SubmitAsync(daniel, $"/my/orders/{id}", "changes", new Dictionary<string, string> { ["Comment"] = "Please mention the rain at the state final." });

        Assert.That(sent.Headers.Location!.OriginalString, Does.EndWith("done=changes"));
        var order = await DbAsync(db => db.Orders.Include(o => o.History).SingleAsync(o => o.Id == id));
        Assert.That(order.Status, Is.EqualTo(OrderStatus.Drafting));
        Assert.That(order.History[^1].Reason, Is.EqualTo("Please mention the rain at the state final."));
        var writer = await SignIn.ClientForAsync(factory, SignIn.Writer);
        var desk = await writer.GetStringAsync($"/orders/{id}/desk");
        Assert.That(desk, Does.Contain("Changes asked for").And.Contain("Please mention the rain at the state final.").And.Contain(Daniel));
        Assert.That(await daniel.GetStringAsync($"/my/orders/{id}"), Does.Contain("You asked for changes"));
    }

    [Test]
    public async Task A_customer_who_left_approval_to_the_writer_sees_no_approve_button()
    {
        var eleanor = await SignIn.ClientForAsync(factory, Eleanor);
        var id = await OrderOfAsync(Eleanor, "anniversary"); // no proof wanted
        await factory.WithDbAsync(async db =>
        {
            var order = await db.Orders.Include(o => o.History).SingleAsync(o => o.Id == id);
            order.AssignTo(SignIn.Writer, SignIn.Writer, DateTimeOffset.UtcNow);
            order.MoveTo(OrderStatus.Drafting, SignIn.Writer, DateTimeOffset.UtcNow);
            var letter = new Letter(id, DateTimeOffset.UtcNow);
            letter.AddRevision(new RevisionDraft("My dearest Jamie love,\n\nTwenty years.\n\nAll my love,\nEllie", RevisionSource.Writer, SignIn.Writer), DateTimeOffset.UtcNow);
            db.Letters.Add(letter);
            order.MoveTo(OrderStatus.InReview, SignIn.Writer, DateTimeOffset.UtcNow, "Ready for approval");
            await db.SaveChangesAsync();
        });

        var page = await Forms.GetAsync(eleanor, $"/my/orders/{id}");

        Assert.That(page.QuerySelector("input[name=_handler][value=approve]"), Is.Null);
        Assert.That(page.QuerySelector("img[src*=proof]"), Is.Null);
        Assert.That(page.Body!.TextContent, Does.Contain("You left approval to your writer"));
        Assert.That((await eleanor.GetAsync($"/my/orders/{id}/proof/1.png")).StatusCode, Is.EqualTo(HttpStatusCode.OK).Or.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Another_customers_order_proof_and_pdf_are_not_found()
    {
        var eleanor = await SignIn.ClientForAsync(factory, Eleanor);
        var daniels = await OrderOfAsync(Daniel, "thank-you");

        foreach (var url in new[] { $"/my/orders/{daniels}", $"/my/orders/{daniels}/proof/1.png", $"/my/orders/{daniels}/letter.pdf" })
            Assert.That((await eleanor.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), url);
        Assert.That(await eleanor.GetStringAsync("/my/orders"), Does.Not.Contain(Order.ReferenceOf(daniels)));
    }

    [Test]
    public async Task A_customer_cancels_before_printing_and_the_timeline_says_why()
    {
        var eleanor = await SignIn.ClientForAsync(factory, Eleanor);
        var id = await OrderOfAsync(Eleanor, "birthday");

        await Forms.SubmitAsync(eleanor, $"/my/orders/{id}", "cancel", new Dictionary<string, string> { ["CancelReason"] = "We will visit instead." });

        Assert.That(await DbAsync(db => db.Orders.Where(o => o.Id == id).Select(o => o.Status).SingleAsync()), Is.EqualTo(OrderStatus.Cancelled));
        Assert.That(await eleanor.GetStringAsync($"/my/orders/{id}"), Does.Contain("Cancelled: We will visit instead."));
    }
}
