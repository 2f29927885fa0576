using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Security;

/// <summary>Sign-up refuses the passwords guessers try first.</summary>
public class CommonPasswordTests
{
    // One studio for the cases: each is refused before anything is written, and each checks that no account was made,
    // so a case that wrongly made one fails itself (and every case after it).
    private StudioFactory factory = null!;

    [OneTimeSetUp]
    public void Start() => factory = new StudioFactory();

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    [TestCase("Password123!")]
    [TestCase("qwertyuiop")]
    [TestCase("1234567890")]
    [TestCase("aaaaaaaaaaaa")]
    [TestCase("wendy.walker-2024")]
    public async Task Signing_up_with_a_common_password_is_refused_and_makes_no_account(string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var response = await Forms.SubmitAsync(client, "/account/signup", "signup", new Dictionary<string, string>
        {
            ["Input.Name"] = "Wendy Walker", ["Input.Email"] = "wendy.walker@example.org", ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
        });

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("among the first that people guess"));
        await factory.WithDbAsync(async db => Assert.That(await db.Users.AnyAsync(u => u.Email == "wendy.walker@example.org"), Is.False));
    }
}
