using System.Diagnostics;
using System.Net;
using LetterStudio.Web.Tests.Portal;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Security;

/// <summary>
/// Signing in reveals nothing and locks nobody out: an unknown address gets the same words in about the same time as a
/// wrong password, and failures slow the client address they come from for that account, not the account itself.
/// </summary>
// Alone: it compares response times, which a fixture running beside it would make noisy.
[NonParallelizable]
public class SignInTests
{
    private StudioFactory factory = null!;

    [OneTimeSetUp]
    public void Start() => factory = new StudioFactory().WithSettings(Outbox.QuickDelivery);

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private HttpClient From(string address)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(ClientAddress.Header, address);
        return client;
    }

    [Test]
    public async Task An_unknown_address_gets_the_same_answer_as_a_wrong_password_in_about_the_same_time()
    {
        var known = new List<double>();
        var unknown = new List<double>();
        string? knownText = null, unknownText = null;
        // Each from its own address, alternating, so the throttle never answers instead and machine noise hits both alike.
        for (int i = 0; i < 7; i++)
        {
            var watch = Stopwatch.StartNew();
            var a = await SignIn.PostLoginAsync(From($"10.1.0.{i + 1}"), SignIn.Writer, "wrong-password-" + i);
            known.Add(watch.Elapsed.TotalMilliseconds);
            knownText = await a.Content.ReadAsStringAsync();
            watch.Restart();
            var b = await SignIn.PostLoginAsync(From($"10.2.0.{i + 1}"), $"nobody{i}@example.org", "wrong-password-" + i);
            unknown.Add(watch.Elapsed.TotalMilliseconds);
            unknownText = await b.Content.ReadAsStringAsync();
        }
        Assert.That(Error(unknownText!), Is.EqualTo(Error(knownText!)).And.EqualTo("That email and password do not match an account."));
        double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        var ratio = Median(unknown) / Median(known);
        Assert.That(ratio, Is.InRange(0.6, 1.6), $"median unknown {Median(unknown):F0} ms against known {Median(known):F0} ms");
    }

    private static string Error(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "<p class=\"error\" role=\"alert\">([^<]*)</p>").Groups[1].Value;

    [Test]
    public async Task A_stranger_failing_from_one_place_is_slowed_there_and_the_owner_still_signs_in_from_elsewhere()
    {
        const string admin = "admin@letterstudio.test";
        var stranger = From("203.0.113.66");
        for (int i = 0; i < 5; i++)
            Assert.That(Error(await (await SignIn.PostLoginAsync(stranger, admin, "guess-" + i)).Content.ReadAsStringAsync()), Does.Contain("do not match"));

        var blocked = await SignIn.PostLoginAsync(stranger, admin, SignIn.DemoPassword);
        Assert.That(blocked.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the right password from the guessing place waits too");
        Assert.That(Error(await blocked.Content.ReadAsStringAsync()), Does.Contain("Too many failed attempts from here"));

        var owner = await SignIn.PostLoginAsync(From("198.51.100.7"), admin, SignIn.DemoPassword);
        Assert.That(owner.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the owner, elsewhere, is not locked out");
    }

    [Test]
    public async Task The_throttle_answers_alike_for_an_address_with_no_account()
    {
        var stranger = From("203.0.113.77");
        for (int i = 0; i < 5; i++) await SignIn.PostLoginAsync(stranger, "ghost@example.org", "guess-" + i);
        Assert.That(Error(await (await SignIn.PostLoginAsync(stranger, "ghost@example.org", "guess")).Content.ReadAsStringAsync()),
            Does.Contain("Too many failed attempts from here"));
    }

    [Test]
    public async Task A_password_reset_lets_the_owner_in_even_from_the_place_that_was_slowed()
    {
        const string email = "sophie@example.com";
        var shared = From("192.0.2.50");
        for (int i = 0; i < 5; i++) await SignIn.PostLoginAsync(shared, email, "guess-" + i);

        await Forms.SubmitAsync(shared, "/account/forgot", "forgot", new Dictionary<string, string> { ["Input.Email"] = email });
        var link = Outbox.LinkTo(await Outbox.WaitForAsync(factory.DataFolder, email, "Reset your LetterStudio password"), "/account/reset");
        const string password = "A-brand-new-password-7";
        var reset = await Forms.SubmitAsync(shared, link.PathAndQuery, "reset", new Dictionary<string, string> { ["Input.Password"] = password, ["Input.ConfirmPassword"] = password });
        Assert.That(await reset.Content.ReadAsStringAsync(), Does.Contain("Your password is changed"));

        Assert.That((await SignIn.PostLoginAsync(shared, email, password)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task Forgot_password_mails_one_address_a_few_times_at_most_and_says_the_same_every_time()
    {
        const string email = "daniel@example.com";
        for (int i = 0; i < 8; i++)
        {
            var page = await Forms.SubmitAsync(From($"10.9.0.{i + 1}"), "/account/forgot", "forgot", new Dictionary<string, string> { ["Input.Email"] = email });
            Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("a link to choose a new password is on its way"));
        }
        await Outbox.WaitForAsync(factory.DataFolder, email, "Reset your LetterStudio password");
        // Counted where the requests put them (the outbox table, written before each answer), not by waiting a while
        // for files: every request has been answered, so no later mail can come.
        var mails = 0;
        await factory.WithDbAsync(async db => mails = await db.OutboundMail.CountAsync(m => m.To == email && m.Subject.Contains("Reset your LetterStudio password")));
        Assert.That(mails, Is.EqualTo(3));
    }

    [Test]
    public async Task Forgot_password_and_resend_slow_one_client_asking_for_many_mails()
    {
        var client = From("10.8.0.1");
        var answers = new List<string>();
        for (int i = 0; i < 12; i++)
        {
            var url = i % 2 == 0 ? "/account/forgot" : "/account/resend";
            var page = await Forms.SubmitAsync(client, url, i % 2 == 0 ? "forgot" : "resend", new Dictionary<string, string> { ["Input.Email"] = $"someone{i}@example.org" });
            answers.Add(await page.Content.ReadAsStringAsync());
        }
        Assert.That(answers.Take(10), Has.All.Not.Contain("Too many requests from here"));
        Assert.That(answers.Skip(10), Has.All.Contain("Too many requests from here"));
    }
}
