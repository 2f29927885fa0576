using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LetterStudio.Web.Tests.Portal;

public class PortalAccessTests
{
    private static readonly string[] PortalPages = ["/my", "/my/recipients", "/my/recipients/new", "/my/recipients/1", "/my/style", "/my/keys"];
    private StudioFactory factory = null!;

    [OneTimeSetUp]
    public void Start() => factory = new StudioFactory();

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    [Test]
    public async Task A_stranger_is_sent_to_the_login_page_from_every_portal_page()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var url in PortalPages)
        {
            var response = await client.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), url);
            Assert.That(response.Headers.Location!.ToString(), Does.Contain("/account/login"), url);
        }
    }

    [TestCase(SignIn.Writer)]
    [TestCase("admin@letterstudio.test")]
    [TestCase(SignIn.PrintOperator)]
    public async Task Staff_are_refused_at_the_portal(string email)
    {
        var client = await SignIn.ClientForAsync(factory, email);

        foreach (var url in PortalPages)
        {
            var response = await client.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), url);
            Assert.That(response.Headers.Location!.ToString(), Does.Contain("/account/denied"), url);
        }
    }

    [Test]
    public async Task A_customer_signs_in_to_the_portal_and_is_sent_there_from_the_writers_queue()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var signIn = await SignIn.PostLoginAsync(client, SignIn.Customer, SignIn.DemoPassword);
        var home = await client.GetAsync("/");

        Assert.That(signIn.Headers.Location!.ToString().Replace("http://localhost", ""), Is.EqualTo("/my"));
        Assert.That(home.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(home.Headers.Location!.ToString().Replace("http://localhost", ""), Is.EqualTo("/my"));
        var portal = await Forms.GetAsync(client, "/my");
        Assert.That(portal.QuerySelector("h1")!.TextContent, Is.EqualTo("Welcome, Eleanor Whitfield"));
        var nav = portal.QuerySelectorAll("header nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(nav, Is.EqualTo(new[] { "/my", "/my/orders", "/my/recipients", "/my/style", "/my/keys", "/my/bulk", "/my/webhooks" }));
    }

    [Test]
    public async Task A_writer_still_lands_on_the_queue()
    {
        var client = await SignIn.ClientForAsync(factory, SignIn.Writer);

        var home = await client.GetAsync("/");

        Assert.That(home.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
