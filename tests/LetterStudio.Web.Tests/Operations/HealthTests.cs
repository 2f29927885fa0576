using System.Net;
using System.Text.Json;
using LetterStudio.Data.Mail;
using LetterStudio.Data.Setup;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Web.Tests.Operations;

public class HealthTests
{
    private static HttpClient Anonymous(StudioFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static async Task<(HttpStatusCode Status, JsonElement Body, string Text)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), text);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), text);
    }

    private static Dictionary<string, string> Checks(JsonElement body) =>
        body.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString()!);

    [Test]
    public async Task Live_and_ready_answer_anyone_with_each_check_and_nothing_private()
    {
        await using var factory = new StudioFactory();
        var client = Anonymous(factory);

        var live = await GetAsync(client, "/health/live");
        Assert.That(live.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(live.Body.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
        Assert.That(live.Body.GetProperty("checks").GetArrayLength(), Is.Zero, "live asks no dependency");

        var ready = await GetAsync(client, "/health/ready");
        Assert.That(ready.Status, Is.EqualTo(HttpStatusCode.OK), ready.Text);
        Assert.That(Checks(ready.Body), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["database"] = "Healthy", ["migrations"] = "Healthy", ["jobs"] = "Healthy", ["mail-outbox"] = "Healthy", ["webhook-outbox"] = "Healthy",
        }), ready.Text);
        Assert.That(ready.Body.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("description").GetString()), Has.All.Not.Empty);
        var connection = factory.Services.GetRequiredService<DatabaseConnection>().ConnectionString;
        Assert.That(ready.Text, Does.Not.Contain(factory.DataFolder).And.Not.Contain(connection).And.Not.Contain(Environment.MachineName));
    }

    [Test]
    public async Task A_node_that_does_not_migrate_is_not_ready_until_another_has_migrated()
    {
        await using var factory = new StudioFactory().WithSettings(new() { ["Database:MigrateOnStart"] = "false" });
        var client = Anonymous(factory);

        var waiting = await GetAsync(client, "/health/ready");
        Assert.That(waiting.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable), waiting.Text);
        Assert.That(Checks(waiting.Body)["migrations"], Is.EqualTo("Unhealthy"));
        Assert.That(waiting.Text, Does.Contain("migration(s) pending"));
        Assert.That((await client.GetAsync("/health/live")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "alive all the same");

        // The node that migrates does its work (here through the same database).
        await using (var scope = factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();

        var ready = await GetAsync(client, "/health/ready");
        Assert.That(ready.Status, Is.EqualTo(HttpStatusCode.OK), ready.Text);
        Assert.That(Checks(ready.Body)["migrations"], Is.EqualTo("Healthy"));
    }

    [TestCase(false, HttpStatusCode.OK, "Degraded")]
    [TestCase(true, HttpStatusCode.ServiceUnavailable, "Unhealthy")]
    public async Task A_mail_backlog_over_its_threshold_degrades_the_node_or_takes_it_out_as_set(bool makesUnready, HttpStatusCode expected, string status)
    {
        await using var factory = new StudioFactory().WithSettings(new()
        {
            ["Health:MailBacklogThreshold"] = "2",
            ["Health:BacklogMakesUnready"] = makesUnready ? "true" : "false",
        });
        var client = Anonymous(factory);
        Assert.That((await client.GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // Due tomorrow, so the dispatcher leaves them waiting.
        var tomorrow = DateTimeOffset.UtcNow.AddDays(1);
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 3; i++) db.OutboundMail.Add(new OutboundMail($"waiting{i}@example.com", "Later", "Body", tomorrow));
            await db.SaveChangesAsync();
        });

        var ready = await GetAsync(client, "/health/ready");
        Assert.That(ready.Status, Is.EqualTo(expected), ready.Text);
        Assert.That(ready.Body.GetProperty("status").GetString(), Is.EqualTo(status));
        Assert.That(Checks(ready.Body)["mail-outbox"], Is.EqualTo(status));
        Assert.That(ready.Text, Does.Contain("3 message(s) waiting, over the threshold of 2"));
    }

    [TestCase("Health__MailBacklogThreshold", "0", "MailBacklogThreshold")]
    [TestCase("OpenTelemetry__Endpoint", "not a url", "OpenTelemetry:Endpoint")]
    public async Task A_bad_operations_setting_stops_the_app_with_one_line_naming_it(string key, string value, string named)
    {
        var result = await LetterStudio.TestSupport.ProcessRunner.RunDllAsync(
            LetterStudio.TestSupport.ProcessRunner.FindBuiltDll("LetterStudio.Web", "LetterStudio.Web.dll"), ["--urls", "http://127.0.0.1:0"],
            new Dictionary<string, string?> { [key] = value, ["Studio__DataFolder"] = LetterStudio.TestSupport.TempFolder.Create("web-bad") },
            TimeSpan.FromMinutes(1));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1), result.ToString());
        Assert.That(result.Stderr, Does.Contain(named));
    }
}
