using System.Net;
using LetterStudio.Domain.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Portal;

public class SignUpTests
{
    private const string Password = "Quill-and-ink-42";
    private StudioFactory factory = null!;

    [OneTimeSetUp]
    public void Start() => factory = new StudioFactory().WithSettings(Outbox.QuickDelivery);

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static Task<HttpResponseMessage> SignUpAsync(HttpClient client, string name, string email, string password = Password) =>
        Forms.SubmitAsync(client, "/account/signup", "signup", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Email"] = email, ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
        });

    [Test]
    public async Task Signing_up_mails_a_confirmation_link_and_sign_in_works_only_after_following_it()
    {
        var client = Browser();
        const string email = "margaret@example.org";

        var signUp = await SignUpAsync(client, "Margaret Hale", email);

        Assert.That(await signUp.Content.ReadAsStringAsync(), Does.Contain("We have sent a mail to <strong>margaret@example.org</strong>"));
        await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var customer = await db.Customers.SingleAsync(c => c.Id == user.CustomerId);
            Assert.That(customer.Name, Is.EqualTo("Margaret Hale"));
            Assert.That(customer.Email, Is.EqualTo(email));
            Assert.That(user.EmailConfirmed, Is.False);
            var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name).ToListAsync();
            Assert.That(roles, Is.EqualTo(new[] { StudioRoles.Customer }));
        });

        var early = await SignIn.PostLoginAsync(client, email, Password);
        Assert.That(early.StatusCode, Is.EqualTo(HttpStatusCode.OK), "refused before confirming");
        var earlyHtml = await early.Content.ReadAsStringAsync();
        Assert.That(earlyHtml, Does.Contain("Your email address is not confirmed yet"));
        Assert.That(earlyHtml, Does.Contain("href=\"/account/resend?email=margaret%40example.org\""));
        var wrong = await SignIn.PostLoginAsync(client, email, "not-the-password");
        Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Contain("That email and password do not match").And.Not.Contain("not confirmed"),
            "without the password, nobody learns that the address waits for confirmation");

        var mail = await Outbox.WaitForAsync(factory.DataFolder, email, "Confirm your email");
        var link = Outbox.LinkTo(mail, "/account/confirm");
        Assert.That(link.Host, Is.EqualTo("localhost"), "absolute, from the address the request came to");
        var confirm = await client.GetStringAsync(link);
        Assert.That(confirm, Does.Contain("your email address is confirmed"));

        var signIn = await SignIn.PostLoginAsync(client, email, Password);
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(signIn.Headers.Location!.ToString().Replace("http://localhost", ""), Is.EqualTo("/my"), "a customer lands on the portal");
        Assert.That(await client.GetStringAsync("/my"), Does.Contain("Welcome, Margaret Hale"));
    }

    [Test]
    public async Task A_tampered_confirmation_link_confirms_nothing()
    {
        var client = Browser();
        await SignUpAsync(client, "Tam Perer", "tam@example.org");
        var link = Outbox.LinkTo(await Outbox.WaitForAsync(factory.DataFolder, "tam@example.org", "Confirm your email"), "/account/confirm");

        var page = await client.GetStringAsync(link.ToString().Replace("code=", "code=AAAA"));

        Assert.That(page, Does.Contain("This confirmation link is not valid"));
        await factory.WithDbAsync(async db => Assert.That(await db.Users.Where(u => u.Email == "tam@example.org").Select(u => u.EmailConfirmed).SingleAsync(), Is.False));
    }

    [Test]
    public async Task Signing_up_again_with_a_known_address_answers_the_same_and_tells_only_the_mailbox_owner()
    {
        var response = await SignUpAsync(Browser(), "Someone Else", "daniel@example.com");

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("We have sent a mail to <strong>daniel@example.com</strong>"));
        var mail = await Outbox.WaitForAsync(factory.DataFolder, "daniel@example.com", "You already have a LetterStudio account");
        Assert.That(Outbox.LinkTo(mail, "/account/forgot").Host, Is.EqualTo("localhost"));
        await factory.WithDbAsync(async db =>
        {
            Assert.That(await db.Customers.CountAsync(c => c.Email == "daniel@example.com"), Is.EqualTo(1));
            Assert.That(await db.Customers.Where(c => c.Email == "daniel@example.com").Select(c => c.Name).SingleAsync(), Is.EqualTo("Daniel Okafor"));
        });
    }

    [Test]
    public async Task A_short_password_is_refused_next_to_the_field_and_nothing_is_written()
    {
        var response = await SignUpAsync(Browser(), "Short Pass", "short@example.org", "abc");
        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.That(page.QuerySelector("#password ~ .validation-message")?.TextContent, Does.Contain("at least 10 characters"));
        await factory.WithDbAsync(async db =>
        {
            Assert.That(await db.Users.AnyAsync(u => u.Email == "short@example.org"), Is.False);
            Assert.That(await db.Customers.AnyAsync(c => c.Email == "short@example.org"), Is.False);
        });
    }

    [Test]
    public async Task A_password_identity_refuses_leaves_neither_customer_nor_account_behind()
    {
        // Ten characters, so the form accepts it, but all one kind: Identity's rules refuse it after the customer row was written.
        var response = await SignUpAsync(Browser(), "Weak Word", "weak@example.org", "aaaaaaaaaa");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(html, Does.Contain("Passwords must have at least one"));
        await factory.WithDbAsync(async db =>
        {
            Assert.That(await db.Users.AnyAsync(u => u.Email == "weak@example.org"), Is.False);
            Assert.That(await db.Customers.AnyAsync(c => c.Email == "weak@example.org"), Is.False, "rolled back with the account");
        });
    }

    [Test]
    public async Task A_forgotten_password_is_reset_through_the_mailed_link()
    {
        var client = Browser();
        const string email = "sophie@example.com";
        const string newPassword = "Montmartre-yellow-2015";

        var forgot = await Forms.SubmitAsync(client, "/account/forgot", "forgot", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.That(await forgot.Content.ReadAsStringAsync(), Does.Contain("If <strong>sophie@example.com</strong> has a LetterStudio account"));
        var link = Outbox.LinkTo(await Outbox.WaitForAsync(factory.DataFolder, email, "Reset your LetterStudio password"), "/account/reset");

        var reset = await Forms.SubmitAsync(client, link.PathAndQuery, "reset", new Dictionary<string, string>
        {
            ["Input.Password"] = newPassword, ["Input.ConfirmPassword"] = newPassword,
        });

        Assert.That(await reset.Content.ReadAsStringAsync(), Does.Contain("Your password is changed"));
        Assert.That((await SignIn.PostLoginAsync(Browser(), email, SignIn.DemoPassword)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the old password no longer works");
        var signIn = await SignIn.PostLoginAsync(Browser(), email, newPassword);
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var again = await Forms.SubmitAsync(client, link.PathAndQuery, "reset", new Dictionary<string, string>
        {
            ["Input.Password"] = "Another-new-one-99", ["Input.ConfirmPassword"] = "Another-new-one-99",
        });
        Assert.That(await again.Content.ReadAsStringAsync(), Does.Contain("This link is not valid"), "a reset link works once");
    }

    [Test]
    public async Task Forgot_password_answers_the_same_for_an_unknown_address_and_sends_nothing()
    {
        var response = await Forms.SubmitAsync(Browser(), "/account/forgot", "forgot", new Dictionary<string, string> { ["Input.Email"] = "nobody@example.org" });

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("If <strong>nobody@example.org</strong> has a LetterStudio account"));
        await factory.WithDbAsync(async db => Assert.That(await db.OutboundMail.AnyAsync(m => m.To == "nobody@example.org"), Is.False));
    }

    [TestCase("/account/signup")]
    [TestCase("/account/forgot")]
    [TestCase("/account/resend")]
    [TestCase("/account/reset?userId=x&code=y")]
    public async Task Account_forms_refuse_a_post_without_the_antiforgery_token(string url)
    {
        var response = await Browser().PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = url[9..].Split('?')[0], ["Input.Email"] = "x@example.org",
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task The_login_page_links_to_sign_up_and_forgotten_password()
    {
        var page = await Forms.GetAsync(Browser(), "/account/login");

        var links = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(links, Does.Contain("/account/signup").And.Contain("/account/forgot"));
    }
}
