using System.Net;
using LetterStudio.Data.Setup;
using LetterStudio.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Web.Tests.Security;

/// <summary>No default credentials: with the shipped settings in Production the demo seed does not run, and a demo password there stops the start.</summary>
public class DemoSeedTests
{
    [Test]
    public async Task With_the_shipped_settings_in_Production_there_is_no_demo_studio_and_the_admin_cannot_sign_in()
    {
        await using var factory = new StudioFactory { WithoutDemo = true }.WithSettings(new() { ["Studio:PublicBaseUrl"] = "https://studio.example.com" });
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var login = await SignIn.PostLoginAsync(client, "admin@letterstudio.test", SignIn.DemoPassword);

        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the sign-in is refused (a redirect would be a signed-in admin)");
        await factory.WithDbAsync(async db =>
        {
            Assert.That(await db.Users.CountAsync(), Is.Zero);
            Assert.That(await db.Customers.CountAsync(), Is.Zero);
            Assert.That(await db.Occasions.CountAsync(), Is.GreaterThan(0), "what every studio needs is still there");
        });
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>().Roles.CountAsync(), Is.GreaterThan(0));
    }

    private static Task<ProcessRunner.Result> RunWebAsync(Dictionary<string, string?> env) =>
        ProcessRunner.RunDllAsync(ProcessRunner.FindBuiltDll("LetterStudio.Web", "LetterStudio.Web.dll"), ["--urls", "http://127.0.0.1:0"], env, TimeSpan.FromMinutes(1));

    [Test]
    public async Task A_demo_password_in_Production_stops_the_start_with_one_line_naming_the_setting()
    {
        var result = await RunWebAsync(new()
        {
            ["Studio__DataFolder"] = TempFolder.Create("web-demo"), ["Studio__DemoPassword"] = "Letters-2026!", ["Studio__PublicBaseUrl"] = "https://studio.example.com",
        });

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1), result.ToString());
        Assert.That(result.Stderr, Does.Contain("Studio:DemoPassword"));
    }

    [Test]
    public async Task The_demo_seed_asked_for_in_Production_without_allowing_it_stops_the_start()
    {
        var result = await RunWebAsync(new()
        {
            ["Studio__DataFolder"] = TempFolder.Create("web-demo"), ["Database__SeedDemo"] = "true", ["Studio__PublicBaseUrl"] = "https://studio.example.com",
        });

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr, Does.Contain("Database:SeedDemo"));
    }

    [Test]
    public async Task Production_without_a_public_base_url_or_with_AllowedHosts_star_stops_the_start()
    {
        var noUrl = await RunWebAsync(new() { ["Studio__DataFolder"] = TempFolder.Create("web-url") });
        Assert.That(noUrl.ExitCode, Is.EqualTo(1), noUrl.ToString());
        Assert.That(noUrl.Stderr, Does.Contain("Studio:PublicBaseUrl is required"));

        var star = await RunWebAsync(new() { ["Studio__DataFolder"] = TempFolder.Create("web-url"), ["Studio__PublicBaseUrl"] = "https://studio.example.com", ["AllowedHosts"] = "*" });
        Assert.That(star.ExitCode, Is.EqualTo(1), star.ToString());
        Assert.That(star.Stderr, Does.Contain("AllowedHosts"));
    }

    [Test]
    public void The_demo_password_is_not_in_the_shipped_appsettings()
    {
        var shipped = File.ReadAllText(Path.Combine(Path.GetDirectoryName(ProcessRunner.FindBuiltDll("LetterStudio.Web", "LetterStudio.Web.dll"))!, "appsettings.json"));
        Assert.That(shipped, Does.Not.Contain(SignIn.DemoPassword).And.Not.Contain("\"AllowedHosts\": \"*\""));
        Assert.That(new DatabaseOptions().SeedDemo, Is.False);
    }
}
