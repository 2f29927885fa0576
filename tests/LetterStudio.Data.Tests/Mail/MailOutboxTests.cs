using System.Net;
using System.Net.Sockets;
using LetterStudio.Data.Mail;
using LetterStudio.Data.Setup;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LetterStudio.Data.Tests.Mail;

public class MailOutboxTests
{
    private string folder = null!;

    [SetUp]
    public void Folder() => folder = TempFolder.Create("mail");

    [TearDown]
    public void Clean() => TempFolder.Delete(folder);

    private async Task<ServiceProvider> StudioAsync(Dictionary<string, string?>? settings = null)
    {
        var config = new Dictionary<string, string?> { ["Studio:DataFolder"] = folder };
        foreach (var (k, v) in settings ?? []) config[k] = v;
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(config).Build())
            .AddLogging()
            .AddLetterStudioData()
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        return services;
    }

    private static async Task EnqueueAsync(ServiceProvider services, string to, string subject, string body)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<MailOutbox>().Enqueue(to, subject, body);
        await scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>().SaveChangesAsync();
    }

    private static async Task<int> DeliverAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MailDelivery>().DeliverDueAsync();
    }

    [Test]
    public async Task Without_smtp_a_message_becomes_an_eml_file_in_the_data_folder()
    {
        await using var services = await StudioAsync();
        await EnqueueAsync(services, "eleanor@example.com", "Your letter is being written", "Wren has started on your anniversary letter.");

        var sent = await DeliverAsync(services);

        Assert.That(sent, Is.EqualTo(1));
        var file = Directory.GetFiles(Path.Combine(folder, "outbox"), "*.eml").Single();
        var message = await MimeMessage.LoadAsync(file);
        Assert.That(message.To.Mailboxes.Single().Address, Is.EqualTo("eleanor@example.com"));
        Assert.That(message.Subject, Is.EqualTo("Your letter is being written"));
        Assert.That(message.TextBody?.Trim(), Is.EqualTo("Wren has started on your anniversary letter."));
        Assert.That(await DeliverAsync(services), Is.Zero, "a delivered message is not sent twice");
    }

    [Test]
    public async Task With_smtp_configured_the_message_goes_to_the_server()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var services = await StudioAsync(new() { ["Mail:Smtp:Host"] = "127.0.0.1", ["Mail:Smtp:Port"] = smtp.Port.ToString(), ["Mail:Smtp:UseStartTls"] = "false" });
        await EnqueueAsync(services, "daniel@example.com", "Proof ready", "Your proof is ready to read.");

        var sent = await DeliverAsync(services);

        Assert.That(sent, Is.EqualTo(1));
        Assert.That(smtp.Messages.Single(), Does.Contain("Subject: Proof ready").And.Contain("Your proof is ready to read."));
        Assert.That(Directory.Exists(Path.Combine(folder, "outbox")), Is.False, "no .eml files when SMTP is set");
    }

    [Test]
    public async Task A_server_that_is_down_leaves_the_message_in_the_outbox_for_a_later_attempt()
    {
        var closedPort = FreePort();
        await using var services = await StudioAsync(new() { ["Mail:Smtp:Host"] = "127.0.0.1", ["Mail:Smtp:Port"] = closedPort.ToString(), ["Mail:Smtp:UseStartTls"] = "false" });
        await EnqueueAsync(services, "sophie@example.com", "Mailed", "Your letter is in the post.");

        var sent = await DeliverAsync(services);

        Assert.That(sent, Is.Zero);
        await using var scope = services.CreateAsyncScope();
        var mail = await scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>().OutboundMail.SingleAsync();
        Assert.That(mail.SentAt, Is.Null);
        Assert.That(mail.Attempts, Is.EqualTo(1));
        Assert.That(mail.LastError, Is.Not.Empty);
        Assert.That(mail.NextAttemptAt, Is.GreaterThan(DateTimeOffset.UtcNow), "retried later, with backoff");
        Assert.That(await DeliverAsync(services), Is.Zero, "not retried before it is due");
    }

    [Test]
    public async Task A_bad_from_address_is_refused_at_start_naming_the_setting()
    {
        await using var services = await StudioAsync(new() { ["Mail:From"] = "not an address" });

        var ex = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<MailOptions>>().Value);

        Assert.That(ex!.Failures.Single(), Does.StartWith("Mail:From"));
    }

    [Test]
    public void A_message_to_a_malformed_address_is_refused_before_it_is_queued()
    {
        var ex = Assert.Throws<LetterStudio.Domain.Common.DomainValidationException>(() => new OutboundMail("nobody", "Hi", "Body", DateTimeOffset.UtcNow));

        Assert.That(ex!.Field, Is.EqualTo("To"));
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
