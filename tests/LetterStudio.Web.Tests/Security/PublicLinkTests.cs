using System.Net;
using LetterStudio.Web.Tests.Portal;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LetterStudio.Web.Tests.Security;

/// <summary>
/// Mail links come from Studio:PublicBaseUrl, never from the Host header of the request that caused the mail: a
/// forged Host once put evil.example into a reset link whose token then reset the real password.
/// </summary>
public class PublicLinkTests
{
    private StudioFactory factory = null!;

    [OneTimeSetUp]
    public void Start() => factory = new StudioFactory().WithSettings(new(Outbox.QuickDelivery)
    {
        ["Studio:PublicBaseUrl"] = "https://studio.example.com/",
        // evil.example is let through host filtering here on purpose, to show the links do not follow it either.
        ["AllowedHosts"] = "localhost;evil.example",
    });

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private HttpClient Forged() => factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("http://evil.example"), AllowAutoRedirect = false, HandleCookies = true,
    });

    private static void AssertPublic(Uri link) =>
        Assert.That(link.GetLeftPart(UriPartial.Authority), Is.EqualTo("https://studio.example.com"), link.ToString());

    [Test]
    public async Task A_password_reset_link_follows_the_public_base_url_and_not_a_forged_Host_header()
    {
        var forgot = await Forms.SubmitAsync(Forged(), "/account/forgot", "forgot", new Dictionary<string, string> { ["Input.Email"] = SignIn.Customer });
        Assert.That(forgot.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        AssertPublic(Outbox.LinkTo(await Outbox.WaitForAsync(factory.DataFolder, SignIn.Customer, "Reset your LetterStudio password"), "/account/reset"));
    }

    [Test]
    public async Task Sign_up_confirmation_and_already_registered_links_follow_the_public_base_url()
    {
        const string password = "Quill-and-ink-42";
        await Forms.SubmitAsync(Forged(), "/account/signup", "signup", new Dictionary<string, string>
        {
            ["Input.Name"] = "Hal Host", ["Input.Email"] = "hal@example.org", ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
        });
        AssertPublic(Outbox.LinkTo(await Outbox.WaitForAsync(factory.DataFolder, "hal@example.org", "Confirm your email"), "/account/confirm"));

        await Forms.SubmitAsync(Forged(), "/account/signup", "signup", new Dictionary<string, string>
        {
            ["Input.Name"] = "Daniel again", ["Input.Email"] = "daniel@example.com", ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
        });
        var already = await Outbox.WaitForAsync(factory.DataFolder, "daniel@example.com", "already have");
        AssertPublic(Outbox.LinkTo(already, "/account/forgot"));
        AssertPublic(Outbox.LinkTo(already, "/account/login"));
    }
}

/// <summary>The shipped AllowedHosts lets only the local names through: a request for another host is refused before any page runs.</summary>
public class AllowedHostsTests
{
    [Test]
    public async Task A_request_for_a_host_not_in_AllowedHosts_is_a_400_and_sends_no_mail()
    {
        await using var factory = new StudioFactory().WithSettings(Outbox.QuickDelivery);
        var local = factory.CreateClient();
        Assert.That((await local.GetAsync("/account/forgot")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var forged = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });
        Assert.That((await forged.GetAsync("/account/forgot")).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await forged.PostAsync("/account/forgot", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = SignIn.Customer }))).StatusCode,
            Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
