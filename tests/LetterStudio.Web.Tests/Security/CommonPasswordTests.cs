using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Security;

/// <summary>Sign-up refuses the passwords guessers try first.</summary>
public class CommonPasswordTests
{
    [TestCase("Password123!")]
    [TestCase("qwertyuiop")]
    [TestCase("1234567890")]
    [TestCase("aaaaaaaaaaaa")]
    [TestCase("wendy.walker-2024")]
    public async Task Signing_up_with_a_common_password_is_refused_and_makes_no_account(string password)
    {
        await using var factory = new StudioFactory();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var response = await Forms.SubmitAsync(client, "/account/signup", "signup", new Dictionary<string, string>
        {
            ["Input.Name"] = "Wendy Walker", ["Input.Email"] = "wendy.walker@example.org", ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
        });

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("among the first that people guess"));
        await factory.WithDbAsync(async db => Assert.That(await db.Users.AnyAsync(u => u.Email == "wendy.walker@example.org"), Is.False));
    }
}
