using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LetterStudio.Web.Tests.Account;

public class AccessTests
{
    private StudioFactory factory = null!;

    [OneTimeSetUp]
    public void Start() => factory = new StudioFactory();

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private HttpClient Anonymous() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [TestCase("/")]
    [TestCase("/orders")]
    [TestCase("/orders/1")]
    public async Task A_stranger_is_sent_to_the_login_page(string url)
    {
        var response = await Anonymous().GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.Contain("/account/login"));
    }

    [Test]
    public async Task The_login_page_and_the_stylesheet_are_open_to_all()
    {
        var client = Anonymous();

        Assert.That((await client.GetAsync("/account/login")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await client.GetAsync("/app.css")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_stylesheet_the_pages_link_to_is_served_as_css()
    {
        var client = Anonymous();
        var page = await Forms.GetAsync(client, "/account/login");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var response = await client.GetAsync("/" + href.TrimStart('/'));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), href);
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/css"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("--ink"));
    }

    [Test]
    public async Task A_wrong_password_is_refused_without_saying_which_part_was_wrong()
    {
        var client = Anonymous();

        var response = await SignIn.PostLoginAsync(client, SignIn.Writer, "not-the-password");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("That email and password do not match an account."));
    }

    [Test]
    public async Task A_login_post_without_the_antiforgery_token_is_rejected()
    {
        var response = await Anonymous().PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["Input.Email"] = SignIn.Writer, ["Input.Password"] = SignIn.DemoPassword,
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [TestCase(SignIn.Customer)]
    [TestCase(SignIn.PrintOperator)]
    public async Task Accounts_without_the_writer_role_are_refused_at_the_workbench(string email)
    {
        var client = await SignIn.ClientForAsync(factory, email);

        // "/" sends each role to its own home (LayoutBrowserTests); the rest of the workbench is refused.
        foreach (var url in new[] { "/queue", "/orders", "/orders/1" })
        {
            var response = await client.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), url);
            Assert.That(response.Headers.Location!.ToString(), Does.Contain("/account/denied"), url);
        }
    }

    [Test]
    public async Task Signing_out_needs_the_antiforgery_token_and_then_ends_the_session()
    {
        var client = await SignIn.ClientForAsync(factory, SignIn.Writer);

        var forged = await client.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await client.GetAsync("/orders")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "still signed in after a forged sign-out");

        var page = await client.GetStringAsync("/orders");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var real = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.That(real.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await client.GetAsync("/orders")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "signed out");
    }
}
