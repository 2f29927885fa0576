using System.Net;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Portal;

public class AddressBookTests
{
    private StudioFactory factory = null!;
    private HttpClient eleanor = null!;
    private int eleanorId;

    // One studio for the fixture: each test that saves a recipient gives it a name of its own, and no test reads what
    // another changed (the edited recipient's address is read only by the test that edits it).
    [OneTimeSetUp]
    public async Task Start()
    {
        factory = new StudioFactory();
        eleanor = await SignIn.ClientForAsync(factory, SignIn.Customer);
        await factory.WithDbAsync(async db => eleanorId = await db.Customers.Where(c => c.Email == SignIn.Customer).Select(c => c.Id).SingleAsync());
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private static Dictionary<string, string> Margaret(string postcode, string name = "Margaret Hale") => new()
    {
        ["Input.Name"] = name, ["Input.CalledBy"] = "Maggie", ["Input.Relationship"] = "sister",
        ["Input.Line1"] = "12 Milton Road", ["Input.City"] = "Manchester", ["Input.PostalCode"] = postcode, ["Input.CountryCode"] = "GB",
    };

    [Test]
    public async Task A_wrong_uk_postcode_is_refused_next_to_the_postcode_line_and_nothing_is_saved()
    {
        var response = await Forms.SubmitAsync(eleanor, "/my/recipients/new", "recipient", Margaret("M1 XYZ"));
        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.QuerySelector("#r-postcode ~ .validation-message")?.TextContent,
            Is.EqualTo("The postcode 'M1 XYZ' does not look like a postcode in the United Kingdom (for example SW1A 1AA)."));
        Assert.That(page.QuerySelector("#r-name")!.GetAttribute("value"), Is.EqualTo("Margaret Hale"), "what was typed is kept");
        await factory.WithDbAsync(async db => Assert.That(await db.Recipients.AnyAsync(r => r.Name == "Margaret Hale"), Is.False));
    }

    [Test]
    public async Task An_empty_form_names_every_missing_line_once_beside_its_field_in_words()
    {
        var response = await Forms.SubmitAsync(eleanor, "/my/recipients/new", "recipient", new Dictionary<string, string> { ["Input.CountryCode"] = "US" });
        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
        var beside = page.QuerySelectorAll(".validation-message").Select(m => m.TextContent).ToList();
        Assert.That(beside, Is.EquivalentTo(new[]
        {
            "The name is required.", "Who they are to you is required.", "The first address line is required.",
            "The town or city is required.", "The postcode is required.",
        }));
        Assert.That(page.QuerySelector("#r-line1 ~ .validation-message")?.TextContent, Is.EqualTo("The first address line is required."));
        Assert.That(page.QuerySelector(".validation-errors"), Is.Null, "no second list of the same errors");
        Assert.That(page.QuerySelector("[role=alert]")?.TextContent, Is.EqualTo("Not saved: 5 lines need changing; each is marked below."));
        Assert.That(page.Body!.TextContent, Does.Not.Contain("Line1").And.Not.Contain("PostalCode"));
    }

    [Test]
    public async Task A_good_uk_postcode_is_saved_normalised_and_listed()
    {
        var response = await Forms.SubmitAsync(eleanor, "/my/recipients/new", "recipient", Margaret("m14 5rl", "Margaret Thornton"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.EndWith("/my/recipients?done=added"));
        await factory.WithDbAsync(async db =>
        {
            var saved = await db.Recipients.SingleAsync(r => r.Name == "Margaret Thornton");
            Assert.That(saved.CustomerId, Is.EqualTo(eleanorId));
            Assert.That(saved.Address.PostalCode, Is.EqualTo("M14 5RL"));
            Assert.That(saved.CalledBy, Is.EqualTo("Maggie"));
        });
        var list = await eleanor.GetStringAsync("/my/recipients?done=added");
        Assert.That(list, Does.Contain("Added to your address book.").And.Contain("12 Milton Road, MANCHESTER, M14 5RL"));
    }

    [Test]
    public async Task A_us_address_without_its_state_is_refused_naming_the_state_line()
    {
        var fields = Margaret("10001");
        fields["Input.CountryCode"] = "US";

        var response = await Forms.SubmitAsync(eleanor, "/my/recipients/new", "recipient", fields);
        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.That(page.QuerySelector("#r-region ~ .validation-message")?.TextContent, Does.Contain("is needed for an address in the United States: the state (two letters)"));
    }

    [Test]
    public async Task Editing_a_recipient_saves_the_new_address()
    {
        var id = await RecipientOfAsync(SignIn.Customer);

        var response = await Forms.SubmitAsync(eleanor, $"/my/recipients/{id}", "recipient", new Dictionary<string, string>
        {
            ["Input.Line1"] = "3 Harbour View", ["Input.PostalCode"] = "ec1a1bb", ["Input.CountryCode"] = "GB", ["Input.City"] = "London",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        await factory.WithDbAsync(async db =>
        {
            var saved = await db.Recipients.SingleAsync(r => r.Id == id);
            Assert.That(saved.Address.Line1, Is.EqualTo("3 Harbour View"));
            Assert.That(saved.Address.PostalCode, Is.EqualTo("EC1A 1BB"));
        });
    }

    [Test]
    public async Task Another_customers_recipient_is_not_found_to_view_edit_or_delete()
    {
        var daniels = await RecipientOfAsync("daniel@example.com");
        var own = await RecipientOfAsync(SignIn.Customer);
        // Eleanor's own forms, with a good antiforgery token, posted to Daniel's recipient as a forger would.
        var token = (await Forms.GetAsync(eleanor, $"/my/recipients/{own}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Task<HttpResponseMessage> PostAsync(string handler, Dictionary<string, string> fields) =>
            eleanor.PostAsync($"/my/recipients/{daniels}", new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["_handler"] = handler, ["__RequestVerificationToken"] = token }));

        var view = await eleanor.GetAsync($"/my/recipients/{daniels}");
        var edit = await PostAsync("recipient", Margaret("M14 5RL"));
        var delete = await PostAsync("delete", new() { ["Confirm"] = "yes" });

        Assert.That(view.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(edit.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await eleanor.GetStringAsync("/my/recipients"), Does.Not.Contain("Priya"));
        await factory.WithDbAsync(async db =>
        {
            Assert.That(await db.Recipients.Where(r => r.Id == daniels).Select(r => r.Name).SingleAsync(), Is.EqualTo("Priya Raman"), "neither edited nor deleted");
        });
    }

    [Test]
    public async Task A_recipient_with_orders_is_not_deleted_and_the_page_says_which_orders()
    {
        var id = await RecipientOfAsync(SignIn.Customer);

        var response = await Forms.SubmitAsync(eleanor, $"/my/recipients/{id}", "delete");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("Not deleted:").And.Contain("LS-0").And.Contain("so they stay in the address book"));
        await factory.WithDbAsync(async db => Assert.That(await db.Recipients.AnyAsync(r => r.Id == id), Is.True));
    }

    [Test]
    public async Task A_recipient_nothing_refers_to_is_deleted()
    {
        await Forms.SubmitAsync(eleanor, "/my/recipients/new", "recipient", Margaret("M13 9PL", "Margaret Lennox"));
        var id = 0;
        await factory.WithDbAsync(async db => id = await db.Recipients.Where(r => r.Name == "Margaret Lennox").Select(r => r.Id).SingleAsync());

        var response = await Forms.SubmitAsync(eleanor, $"/my/recipients/{id}", "delete");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.EndWith("/my/recipients?done=deleted"));
        await factory.WithDbAsync(async db => Assert.That(await db.Recipients.AnyAsync(r => r.Id == id), Is.False));
    }

    /// <summary>A recipient of the customer that an order uses.</summary>
    private async Task<int> RecipientOfAsync(string email)
    {
        var id = 0;
        await factory.WithDbAsync(async db => id = await (from o in db.Orders join c in db.Customers on o.CustomerId equals c.Id where c.Email == email select o.RecipientId).FirstAsync());
        return id;
    }
}
