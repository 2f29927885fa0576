using LetterStudio.Application.Telemetry;
using LetterStudio.Data.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace LetterStudio.Web.Tests.Operations;

/// <summary>The web app exporting to a real OTLP/HTTP collector the test runs on 127.0.0.1.</summary>
public class TelemetryTests
{
    private const string EfScope = "OpenTelemetry.Instrumentation.EntityFrameworkCore";

    [Test]
    public async Task Requests_EF_commands_mail_deliveries_and_the_studio_metrics_reach_the_collector()
    {
        using var collector = new OtlpReceiver();
        var factory = new StudioFactory().WithSettings(new()
        {
            ["OpenTelemetry:Endpoint"] = collector.Endpoint,
            ["OpenTelemetry:MetricsInterval"] = "00:00:01",
            ["Mail:PollInterval"] = "00:00:00.200",
        });
        try
        {
            // A request that reads the database: the sign-in looks the user up.
            var writer = await SignIn.ClientForAsync(factory, SignIn.Writer);
            Assert.That((await writer.GetAsync("/queue")).IsSuccessStatusCode);
            long mailId = 0;
            await factory.WithDbAsync(async db =>
            {
                var mail = new OutboundMail("reader@example.com", "Hello", "A line.", DateTimeOffset.UtcNow);
                db.OutboundMail.Add(mail);
                await db.SaveChangesAsync();
                mailId = mail.Id;
            });
            await Until(async () =>
            {
                var sent = false;
                await factory.WithDbAsync(async db => sent = await db.OutboundMail.AnyAsync(m => m.Id == mailId && m.SentAt != null));
                return sent;
            }, () => "the mail was delivered");
            // Spans leave in batches every few seconds and metrics every second: wait for what the test reads.
            await Until(() => Task.FromResult(
                collector.Spans.Any(s => s.Scope == "Microsoft.AspNetCore" && s.Name.Contains("/account/login", StringComparison.Ordinal))
                && collector.Spans.Any(s => s.Name == "mail deliver")
                && collector.Metrics.Any(m => m.Name == "letterstudio.mail.deliveries")),
                () => $"the request and delivery spans and the metrics; {collector.Requests} export(s) so far: "
                    + string.Join(", ", collector.Spans.Select(s => $"{s.Scope}/{s.Name}").Distinct().Take(30)));
        }
        finally
        {
            // Stopping the host flushes what is still batched.
            await factory.DisposeAsync();
        }

        var spans = collector.Spans;
        Assert.That(spans.Where(s => s.Scope == "Microsoft.AspNetCore").Select(s => s.Name), Has.Some.Contains("/account/login"));
        var ef = spans.Where(s => s.Scope == EfScope).ToList();
        Assert.That(ef, Is.Not.Empty, "EF commands are traced");
        Assert.That(ef, Has.All.Matches<OtlpProto.Span>(s => s.HasParent), "and only under a request, job or delivery, never as traces of their own");
        Assert.That(spans.Where(s => s.Scope == StudioTelemetry.Name).Select(s => s.Name), Has.Member("mail deliver"));
        Assert.That(spans.Where(s => s.Scope == "Microsoft.AspNetCore").Select(s => s.Name), Has.None.Contains("/health"));
        Assert.That(spans[0].Resource["service.name"], Is.EqualTo("letterstudio-web"));
        Assert.That(spans[0].Resource["service.instance.id"], Is.Not.Empty);

        var metrics = collector.Metrics.Select(m => m.Name).Distinct().ToList();
        Assert.That(metrics, Is.SupersetOf(new[]
        {
            "letterstudio.orders", "letterstudio.mail.backlog", "letterstudio.webhooks.backlog", "letterstudio.mail.deliveries",
            "http.server.request.duration",
        }));
    }

    [Test]
    public async Task With_no_endpoint_configured_nothing_is_built_and_nothing_is_sent()
    {
        Assume.That(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT"), Is.Null.Or.Empty);
        using var collector = new OtlpReceiver();
        var factory = new StudioFactory().WithSettings(new() { ["Mail:PollInterval"] = "00:00:00.200" });
        try
        {
            var writer = await SignIn.ClientForAsync(factory, SignIn.Writer);
            Assert.That((await writer.GetAsync("/queue")).IsSuccessStatusCode);
            Assert.That(factory.Services.GetService<TracerProvider>(), Is.Null, "no OpenTelemetry SDK at all");
        }
        finally
        {
            await factory.DisposeAsync();
        }
        Assert.That(collector.Requests, Is.Zero);
    }

    private static async Task Until(Func<Task<bool>> condition, Func<string> what)
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        while (!await condition())
        {
            if (DateTime.UtcNow > until) Assert.Fail($"timed out waiting for {what()}");
            await Task.Delay(200);
        }
    }
}
