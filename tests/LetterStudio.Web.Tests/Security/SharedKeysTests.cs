using System.Net;
using LetterStudio.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace LetterStudio.Web.Tests.Security;

/// <summary>
/// Two web nodes on one database read the same data-protection keys from it, so a cookie or an antiforgery token
/// issued by one is honoured by the other, as when a load balancer sends the next request elsewhere. A node on
/// another database (its own keys) refuses the same cookie, which is what makes the first assertion mean something.
/// </summary>
[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public sealed class SharedKeysTests(TestProvider provider)
{
    private TestDatabase db = null!;
    private StudioFactory first = null!;
    private StudioFactory second = null!;

    // One pair of nodes for the fixture: each test signs in with a cookie jar of its own, and a sign-in changes nothing
    // the other test reads.
    [OneTimeSetUp]
    public async Task StartTwoNodesAsync()
    {
        db = await TestDatabase.CreateAsync(provider, seedDemo: true);
        first = new StudioFactory().WithSettings(new Dictionary<string, string>(db.Settings));
        second = new StudioFactory().WithSettings(new Dictionary<string, string>(db.Settings));
        // One after the other: the first migrates and seeds the sign-ins, the second finds them there.
        _ = first.Services;
        _ = second.Services;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        await db.DisposeAsync();
    }

    [Test]
    public async Task A_sign_in_on_one_node_holds_on_the_other()
    {
        var cookies = new CookieContainer();
        using var onFirst = first.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var onSecond = second.CreateDefaultClient(new CookieContainerHandler(cookies));

        var signedIn = await SignIn.PostLoginAsync(onFirst, SignIn.Writer, SignIn.DemoPassword);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var queue = await onSecond.GetAsync("/queue");
        Assert.That(queue.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the second node reads the first node's cookie");

        await using var elsewhere = new StudioFactory();
        using var onElsewhere = elsewhere.CreateDefaultClient(new CookieContainerHandler(cookies));
        var refused = await onElsewhere.GetAsync("/queue");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "a node with other keys does not");
        Assert.That(refused.Headers.Location?.OriginalString, Does.Contain("/account/login"));
    }

    [Test]
    public async Task An_antiforgery_token_from_one_node_validates_on_the_other()
    {
        var cookies = new CookieContainer();
        using var onFirst = first.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var onSecond = second.CreateDefaultClient(new CookieContainerHandler(cookies));

        // The form and its antiforgery cookie come from the first node; the post goes to the second.
        var form = await Forms.GetAsync(onFirst, "/account/login");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new AssertionException("the login form has no antiforgery token");
        var posted = await onSecond.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = SignIn.Writer,
            ["Input.Password"] = SignIn.DemoPassword,
        }));

        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await posted.Content.ReadAsStringAsync());
        Assert.That(posted.Headers.Location?.OriginalString, Does.Not.Contain("/account/login"));
    }
}
