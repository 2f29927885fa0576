using System.Net;
using System.Text.RegularExpressions;
using LetterStudio.Web.Tests.Portal;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LetterStudio.Web.Tests.Security;

/// <summary>
/// Signing out and resetting the password end every copy of the sign-in cookie at its next request, /my/keys
/// included: a copy is what another tab, another device or a thief holds.
/// </summary>
public class CookieTests
{
    private StudioFactory factory = null!;

    [OneTimeSetUp]
    public void Start() => factory = new StudioFactory().WithSettings(Outbox.QuickDelivery);

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in with a browser and returns it with a copy of its auth cookie, as a second holder would send it.</summary>
    private async Task<(HttpClient Browser, HttpClient Copy)> SignedInTwiceAsync(string email, string password)
    {
        var browser = Browser();
        var login = await SignIn.PostLoginAsync(browser, email, password);
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var cookie = login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("LetterStudio.Auth=", StringComparison.Ordinal));
        var copy = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.That((await copy.GetAsync("/my/keys")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the copy works while signed in");
        return (browser, copy);
    }

    private static async Task AssertSignedOutAsync(HttpClient client)
    {
        var keys = await client.GetAsync("/my/keys");
        Assert.That(keys.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "/my/keys");
        Assert.That(keys.Headers.Location!.ToString(), Does.Contain("/account/login"));
        Assert.That((await client.GetAsync("/my")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "/my");
    }

    [Test]
    public async Task Signing_out_ends_every_copy_of_the_cookie_including_on_my_keys()
    {
        var (browser, copy) = await SignedInTwiceAsync(SignIn.Customer, SignIn.DemoPassword);

        var page = await browser.GetStringAsync("/my");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var logout = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        await AssertSignedOutAsync(copy);
        // And signing in again works: the renewed stamp is in the new cookie.
        Assert.That((await SignIn.PostLoginAsync(Browser(), SignIn.Customer, SignIn.DemoPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task Resetting_the_password_ends_every_cookie_signed_in_before()
    {
        const string email = "daniel@example.com";
        var (browser, copy) = await SignedInTwiceAsync(email, SignIn.DemoPassword);

        await Forms.SubmitAsync(Browser(), "/account/forgot", "forgot", new Dictionary<string, string> { ["Input.Email"] = email });
        var link = Outbox.LinkTo(await Outbox.WaitForAsync(factory.DataFolder, email, "Reset your LetterStudio password"), "/account/reset");
        const string password = "Another-new-password-9";
        var reset = await Forms.SubmitAsync(Browser(), link.PathAndQuery, "reset", new Dictionary<string, string> { ["Input.Password"] = password, ["Input.ConfirmPassword"] = password });
        Assert.That(await reset.Content.ReadAsStringAsync(), Does.Contain("Your password is changed"));

        await AssertSignedOutAsync(browser);
        await AssertSignedOutAsync(copy);
    }

    [Test]
    public async Task With_an_https_public_address_the_sign_in_cookie_is_Secure()
    {
        await using var https = new StudioFactory().WithSettings(new() { ["Studio:PublicBaseUrl"] = "https://studio.example.com" });
        var client = https.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var login = await SignIn.PostLoginAsync(client, SignIn.Writer, SignIn.DemoPassword);

        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("LetterStudio.Auth=", StringComparison.Ordinal));
        Assert.That(cookie.ToLowerInvariant(), Does.Contain("; secure").And.Contain("httponly"));
    }
}
