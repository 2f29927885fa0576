using System.Net;
using LetterStudio.Application.Dossier;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Portal;

public class StyleQuestionnaireTests
{
    private StudioFactory factory = null!;
    private HttpClient eleanor = null!;

    [SetUp]
    public async Task Start()
    {
        factory = new StudioFactory();
        eleanor = await SignIn.ClientForAsync(factory, SignIn.Customer);
    }

    [TearDown]
    public async Task Stop() => await factory.DisposeAsync();

    [Test]
    public async Task The_questionnaire_is_filled_from_the_current_profile()
    {
        var page = await Forms.GetAsync(eleanor, "/my/style");
        string? signOff = null;
        await factory.WithDbAsync(async db => signOff = await db.StyleProfiles.Where(p => p.CustomerId == db.Customers.Single(c => c.Email == SignIn.Customer).Id).OrderByDescending(p => p.Version).Select(p => p.SignOff).FirstAsync());

        Assert.That(page.QuerySelector("#s-signoff")!.GetAttribute("value"), Is.EqualTo(signOff));
    }

    [Test]
    public async Task Saving_the_questionnaire_makes_a_new_profile_version_the_writer_sees_in_the_dossier()
    {
        var orderId = 0;
        var before = 0;
        await factory.WithDbAsync(async db =>
        {
            orderId = await db.Orders.Where(o => o.CustomerId == db.Customers.Single(c => c.Email == SignIn.Customer).Id).Select(o => o.Id).FirstAsync();
            before = (await DossierQueries.ForOrderAsync(db, orderId))!.Profile!.Version;
        });

        var response = await Forms.SubmitAsync(eleanor, "/my/style", "style", new Dictionary<string, string>
        {
            ["Input.SignOff"] = "Ever yours,",
            ["Input.WordsToAvoid"] = "utilise\nleverage",
            ["Input.Humour"] = "Playful",
            ["Input.Formality"] = "2",
            ["Input.PetNames[0].Name"] = "Bumble",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain($"version {before + 1}"));
        await factory.WithDbAsync(async db =>
        {
            var dossier = (await DossierQueries.ForOrderAsync(db, orderId))!;
            var profile = dossier.Profile!;
            Assert.That(profile.Version, Is.EqualTo(before + 1));
            Assert.That(dossier.ProfileVersions, Is.EqualTo(before + 1), "the earlier version stays");
            Assert.That(profile.SignOff, Is.EqualTo("Ever yours,"));
            Assert.That(profile.WordsToAvoid, Is.EqualTo(new[] { "utilise", "leverage" }));
            Assert.That(profile.Humour, Is.EqualTo(Domain.Styles.Humour.Playful));
            Assert.That(profile.Formality, Is.EqualTo(2));
            Assert.That(profile.PetNames.Select(p => p.Name), Does.Contain("Bumble"));
            Assert.That(profile.CreatedBy, Is.EqualTo(SignIn.Customer));
        });
    }

    [Test]
    public async Task An_empty_answer_is_refused_next_to_its_question()
    {
        var response = await Forms.SubmitAsync(eleanor, "/my/style", "style", new Dictionary<string, string> { ["Input.SignOff"] = " " });
        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.That(page.QuerySelector("#s-signoff ~ .validation-message")?.TextContent, Is.EqualTo("How you sign off is required."));
    }

    [Test]
    public async Task A_questionnaire_opened_before_someone_else_saved_is_refused_keeping_the_answers()
    {
        var stale = await Forms.GetAsync(eleanor, "/my/style");
        await Forms.SubmitAsync(eleanor, "/my/style", "style", new Dictionary<string, string> { ["Input.SignOff"] = "First," });

        var response = await Forms.SubmitAsync(eleanor, stale, "/my/style", "style", new Dictionary<string, string> { ["Input.SignOff"] = "Second," });
        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.That(page.QuerySelector("[role=alert]")!.TextContent, Does.Contain("your style was changed"));
        Assert.That(page.QuerySelector("#s-signoff")!.GetAttribute("value"), Is.EqualTo("Second,"));
        await factory.WithDbAsync(async db => Assert.That(await db.StyleProfiles.AnyAsync(p => p.SignOff == "Second,"), Is.False));
    }
}
