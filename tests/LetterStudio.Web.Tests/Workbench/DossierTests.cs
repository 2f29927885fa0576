using System.Net;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Workbench;

public class DossierTests
{
    private StudioFactory factory = null!;
    private HttpClient wren = null!;
    private int orderId;
    private string Url => $"/orders/{orderId}/dossier";

    [SetUp]
    public async Task Start()
    {
        factory = new StudioFactory();
        wren = await SignIn.ClientForAsync(factory, SignIn.Writer);
        // The love letter to Priya: Wren's, in Drafting.
        await factory.WithDbAsync(async db => orderId = await db.Orders.Where(o => o.Status == OrderStatus.Drafting).Select(o => o.Id).SingleAsync());
    }

    [TearDown]
    public async Task Stop() => await factory.DisposeAsync();

    [Test]
    public async Task The_dossier_shows_the_client_their_people_the_timeline_and_the_profile()
    {
        var page = await Forms.GetAsync(wren, Url);

        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("Dossier: Daniel Okafor"));
        Assert.That(page.QuerySelector(".recipients")!.TextContent, Does.Contain("Priya Raman").And.Contain("Walter Briggs"));
        var timeline = page.QuerySelectorAll("ol.timeline li").Select(li => li.TextContent).ToList();
        Assert.That(timeline, Has.Count.EqualTo(3));
        Assert.That(timeline.Single(t => t.Contains("Dog Mountain")), Does.Contain("chosen").And.Contain("Used in LS-"));
        Assert.That(page.QuerySelector("#profile-h")!.TextContent, Does.Contain("version 1 of 1"));
        Assert.That(page.QuerySelector("#p-signature")!.GetAttribute("value"), Is.EqualTo("Dan"));
    }

    [Test]
    public async Task Adding_an_anecdote_with_markup_stores_it_and_shows_it_as_text()
    {
        const string text = "<script>alert(1)</script> She laughed so hard at the aquarium.";

        var response = await Forms.SubmitAsync(wren, Url, "anecdote", new Dictionary<string, string>
        {
            ["Anecdote.Text"] = text, ["Anecdote.When"] = "2023-07-14", ["Anecdote.Tags"] = "Aquarium, laughter",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("Anecdote added."));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Assert.That(html, Does.Not.Contain("<script>alert(1)"));
        await factory.WithDbAsync(async db =>
        {
            var saved = await db.Anecdotes.SingleAsync(a => a.Text == text);
            Assert.That(saved.HappenedOn, Is.EqualTo(new DateOnly(2023, 7, 14)));
            Assert.That(saved.Tags, Is.EqualTo(new[] { "aquarium", "laughter" }));
            Assert.That(saved.AddedByName, Is.EqualTo(SignIn.Writer));
        });
    }

    [Test]
    public async Task An_anecdote_over_the_limit_is_refused_naming_the_field_and_nothing_is_saved()
    {
        var count = 0;
        await factory.WithDbAsync(async db => count = await db.Anecdotes.CountAsync());

        var response = await Forms.SubmitAsync(wren, Url, "anecdote", new Dictionary<string, string> { ["Anecdote.Text"] = new string('x', 20_001) });
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(html, Does.Contain("Not saved: The text must be at most 20,000 characters"));
        await factory.WithDbAsync(async db => Assert.That(await db.Anecdotes.CountAsync(), Is.EqualTo(count)));
    }

    [Test]
    public async Task Editing_an_anecdote_from_a_stale_page_is_refused_and_keeps_the_other_edit()
    {
        var anecdoteId = 0;
        await factory.WithDbAsync(async db => anecdoteId = await db.Anecdotes.Where(a => a.Text.Contains("Dog Mountain")).Select(a => a.Id).SingleAsync());
        var editUrl = $"{Url}?edit={anecdoteId}";
        var stale = await Forms.GetAsync(wren, editUrl);
        await Forms.SubmitAsync(wren, editUrl, "anecdote", new Dictionary<string, string> { ["Anecdote.Text"] = "First edit wins." });

        var response = await Forms.SubmitAsync(wren, stale, editUrl, "anecdote", new Dictionary<string, string> { ["Anecdote.Text"] = "Second edit loses." });
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(html, Does.Contain("was changed by someone else"));
        Assert.That(html, Does.Contain("Second edit loses."), "the writer's own text is kept in the form");
        await factory.WithDbAsync(async db => Assert.That((await db.Anecdotes.SingleAsync(a => a.Id == anecdoteId)).Text, Is.EqualTo("First edit wins.")));
    }

    [Test]
    public async Task Pinning_an_anecdote_marks_it_on_the_order()
    {
        var anecdoteId = 0;
        await factory.WithDbAsync(async db => anecdoteId = await db.Anecdotes.Where(a => a.Text.Contains("thesis")).Select(a => a.Id).SingleAsync());

        var response = await Forms.SubmitAsync(wren, Url, "choice", button: ("Choice", $"{anecdoteId}:pin"));

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Pinned"));
        await factory.WithDbAsync(async db =>
        {
            var order = await db.Orders.Include(o => o.Anecdotes).SingleAsync(o => o.Id == orderId);
            Assert.That(order.Anecdotes.Single(a => a.AnecdoteId == anecdoteId).Pinned, Is.True);
        });
    }

    [Test]
    public async Task Saving_the_profile_makes_a_new_version_and_keeps_the_old_one()
    {
        var response = await Forms.SubmitAsync(wren, Url, "profile", new Dictionary<string, string> { ["Profile.SignOff"] = "Forever yours,", ["Profile.PetNames[0].Name"] = "Pri" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(html, Does.Contain("Saved as version 2."));
        await factory.WithDbAsync(async db =>
        {
            var versions = await db.StyleProfiles.Where(p => p.SignatureName == "Dan").OrderBy(p => p.Version).ToListAsync();
            Assert.That(versions.Select(v => v.SignOff), Is.EqualTo(new[] { "Yours, always,", "Forever yours," }));
            Assert.That(versions[1].PetNames.Select(p => p.Name), Does.Contain("Pri"));
        });
    }

    [Test]
    public async Task A_profile_saved_from_a_stale_page_is_a_conflict()
    {
        var stale = await Forms.GetAsync(wren, Url);
        await Forms.SubmitAsync(wren, Url, "profile", new Dictionary<string, string> { ["Profile.SignOff"] = "Cheers," });

        var response = await Forms.SubmitAsync(wren, stale, Url, "profile", new Dictionary<string, string> { ["Profile.SignOff"] = "Ciao," });
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(html, Does.Contain("was changed by someone else"));
        await factory.WithDbAsync(async db => Assert.That(await db.StyleProfiles.CountAsync(p => p.SignOff == "Ciao,"), Is.Zero));
    }

    [Test]
    public async Task A_bad_ink_colour_is_refused_naming_the_field()
    {
        var response = await Forms.SubmitAsync(wren, Url, "profile", new Dictionary<string, string> { ["Profile.InkColour"] = "blue" });

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Not saved: The ink").And.Not.Contain("Not saved: InkColour"));
    }

    [Test]
    public async Task Past_letters_to_the_recipient_are_listed()
    {
        int customerId = 0, recipientId = 0;
        await factory.WithDbAsync(async db =>
        {
            var o = await db.Orders.SingleAsync(x => x.Id == orderId);
            (customerId, recipientId) = (o.CustomerId, o.RecipientId);
        });
        // Another order to Priya with a letter of its own, so the Drafting one has a past letter to show.
        await factory.WithDbAsync(async db =>
        {
            var earlier = Order.Place(new OrderDetails(customerId, recipientId, "birthday", "Happy birthday P", null, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3), 1000, "USD", false, null, []), "seed", DateTimeOffset.UtcNow);
            db.Orders.Add(earlier);
            await db.SaveChangesAsync();
            var letter = new Domain.Letters.Letter(earlier.Id, DateTimeOffset.UtcNow);
            letter.AddRevision(new Domain.Letters.RevisionDraft("Happy birthday, P. Another lap around the sun.", Domain.Letters.RevisionSource.Writer, SignIn.Writer), DateTimeOffset.UtcNow);
            db.Letters.Add(letter);
            await db.SaveChangesAsync();
        });

        var page = await Forms.GetAsync(wren, Url);

        Assert.That(page.QuerySelector(".past-letter")!.TextContent, Does.Contain("Another lap around the sun."));
    }

    [Test]
    public async Task A_writer_who_has_not_claimed_the_order_can_read_but_not_change_it()
    {
        var sam = await SignIn.ClientForAsync(factory, "writer2@letterstudio.test");
        var unassigned = 0;
        await factory.WithDbAsync(async db => unassigned = await db.Orders.Where(o => o.Status == OrderStatus.Received).Select(o => o.Id).FirstAsync());

        var page = await Forms.GetAsync(sam, $"/orders/{unassigned}/dossier");

        Assert.That(page.QuerySelector(".notice")!.TextContent, Does.Contain("Claim"));
        Assert.That(page.QuerySelector("#anecdote-form"), Is.Null);
    }
}
