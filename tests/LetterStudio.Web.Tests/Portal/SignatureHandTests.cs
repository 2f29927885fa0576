using System.Net;
using LetterStudio.Application.Letters;
using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Orders;
using LetterStudio.Web.Features.Desk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace LetterStudio.Web.Tests.Portal;

/// <summary>The customer chooses the hand they sign in (and an underline) in the questionnaire; letters are signed in it.</summary>
public class SignatureHandTests
{
    private const string Writer = "writer@letterstudio.test";
    private StudioFactory factory = null!;

    [OneTimeSetUp]
    public void Start() => factory = new StudioFactory();

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    [Test]
    public async Task The_questionnaire_offers_the_catalogues_hands_and_keeps_the_chosen_signature_hand()
    {
        var daniel = await SignIn.ClientForAsync(factory, "daniel@example.com");
        var page = await Forms.GetAsync(daniel, "/my/style");
        var offered = page.QuerySelectorAll("#s-signature-font option").Select(o => o.GetAttribute("value")).ToList();
        Assert.That(offered, Does.Contain("").And.Contain("caveat").And.Contain("kristi"));

        var response = await Forms.SubmitAsync(daniel, "/my/style", "style", new Dictionary<string, string>
        {
            ["Input.SignatureFontId"] = "caveat",
            ["Input.SignatureUnderline"] = "true",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await factory.WithDbAsync(async db =>
        {
            var look = await db.StyleProfiles.AsNoTracking().Where(p => p.CustomerId == db.Customers.Single(c => c.Email == "daniel@example.com").Id)
                .OrderByDescending(p => p.Version).Select(p => p.Look).FirstAsync();
            Assert.That(look.SignatureFontId, Is.EqualTo("caveat"));
            Assert.That(look.SignatureUnderline, Is.True);
        });
        var again = await Forms.GetAsync(daniel, "/my/style");
        Assert.That(again.QuerySelector("#s-signature-font option[selected]")?.GetAttribute("value"), Is.EqualTo("caveat"));
        Assert.That(again.QuerySelector("input[name='Input.SignatureUnderline']")?.HasAttribute("checked"), Is.True);
    }

    [Test]
    public async Task A_hand_outside_the_catalogue_is_refused()
    {
        var sophie = await SignIn.ClientForAsync(factory, "sophie@example.com");

        var response = await Forms.SubmitAsync(sophie, "/my/style", "style", new Dictionary<string, string> { ["Input.SignatureFontId"] = "comic-sans" });

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Your signature hand choose one of the hands offered."));
        await factory.WithDbAsync(async db => Assert.That(
            await db.StyleProfiles.AnyAsync(p => p.Look.SignatureFontId == "comic-sans"), Is.False));
    }

    [Test]
    public async Task An_approved_letter_is_signed_in_the_profiles_signature_hand()
    {
        int id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>();
            var like = await db.Orders.AsNoTracking().Where(o => !o.WantsProof).OrderBy(o => o.Id).FirstAsync();
            var profile = await db.StyleProfiles.Where(p => p.CustomerId == like.CustomerId).OrderByDescending(p => p.Version).FirstAsync();
            var draft = profile.ToDraft();
            db.StyleProfiles.Add(profile.Revise(draft with { Look = draft.Look.WithSignature("caveat", true) }, "test", DateTimeOffset.UtcNow));
            var now = DateTimeOffset.UtcNow;
            var order = Order.Place(new OrderDetails(like.CustomerId, like.RecipientId, like.OccasionKey, like.Brief, null,
                DateOnly.FromDateTime(now.UtcDateTime).AddDays(20), like.PriceCents, like.Currency, WantsProof: false, null, []), "test", now);
            db.Orders.Add(order);
            await db.SaveChangesAsync();
            order.AssignTo(Writer, Writer, now);
            await db.SaveChangesAsync();
            id = order.Id;
            await scope.ServiceProvider.GetRequiredService<DraftLetter>().HandleAsync(new DraftRequest(id, Writer));
            var look = await db.StyleProfiles.AsNoTracking().Where(p => p.CustomerId == like.CustomerId).OrderByDescending(p => p.Version).Select(p => p.Look).FirstAsync();
            Assert.That(look.FontId, Is.Not.EqualTo("caveat"), "the body is in another hand");
            await scope.ServiceProvider.GetRequiredService<ApproveLetter>().HandleAsync(id, new Viewer(Writer, false), DeskLook.From(look), "Signature test.");
        }

        byte[] pdf = [];
        string signature = "";
        await factory.WithDbAsync(async db =>
        {
            var letter = await db.Letters.Include(l => l.Revisions).SingleAsync(l => l.OrderId == id);
            signature = LetterRendering.ToLetter(letter.Current!.Text).Signature;
            pdf = await db.LetterDocuments.Where(d => d.LetterId == letter.Id).Select(d => d.Pdf).SingleAsync();
        });
        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var signed = letters.TakeLast(signature.Replace(" ", "").Length).ToList();
        Assert.That(string.Concat(signed.Select(l => l.Value)), Is.EqualTo(signature.Replace(" ", "")));
        Assert.That(signed.Select(l => l.FontName), Has.All.Contains("caveat").IgnoreCase);
        Assert.That(letters.SkipLast(signed.Count).Select(l => l.FontName), Has.None.Contains("caveat").IgnoreCase);
    }
}
