using System.Net;
using System.Net.Sockets;
using LetterStudio.Application.Mail;
using LetterStudio.Application.Setup;
using LetterStudio.Data.Mail;
using LetterStudio.Data.Setup;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LetterStudio.Data.Tests.Mail;

[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class MailOutboxTests(TestProvider provider)
{
    private string folder = null!;
    private TestDatabase database = null!;

    [SetUp]
    public async Task FolderAndDatabaseAsync()
    {
        folder = TempFolder.Create("mail");
        database = await TestDatabase.CreateAsync(provider);
    }

    [TearDown]
    public async Task CleanAsync()
    {
        await database.DisposeAsync();
        TempFolder.Delete(folder);
    }

    private async Task<ServiceProvider> StudioAsync(Dictionary<string, string?>? settings = null)
    {
        var config = new Dictionary<string, string?> { ["Studio:DataFolder"] = folder };
        foreach (var (k, v) in database.Settings) config[k] = v;
        foreach (var (k, v) in settings ?? []) config[k] = v;
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(config).Build())
            .AddLogging()
            .AddLetterStudioApplication()
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
    public async Task The_order_confirmation_becomes_an_eml_with_a_plain_text_part_and_an_html_part_saying_the_same()
    {
        await using var services = await StudioAsync();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>();
            await LetterStudio.Data.Seeding.DemoStudio.SeedAsync(db, TimeProvider.System, true);
            var eleanor = await db.Customers.SingleAsync(c => c.Email == "eleanor@example.com");
            var james = await db.Recipients.FirstAsync(r => r.CustomerId == eleanor.Id && r.Name.StartsWith("James"));
            var ordering = new LetterStudio.Application.Orders.Portal.CustomerOrdering(db, new LetterStudio.Application.Orders.PlaceOrder(db, TimeProvider.System, LetterStudio.Domain.Common.Printability.TextOnly),
                new MailOutbox(db, TimeProvider.System), Options.Create(new LetterStudio.Domain.Orders.PriceList()), TimeProvider.System, LetterStudio.Domain.Common.Printability.TextOnly);
            await ordering.PlaceAsync(eleanor.Id, eleanor.Email, new LetterStudio.Application.Orders.Portal.CustomerOrderRequest(james.Id, "birthday", "Sixty & still <gardening>.", null, [],
                [new("We planted the pear tree.", null, "spring 2004")], LetterStudio.Domain.Styles.LetterLook.Create("kristi", 17.5, "#1F3FA6", LetterStudio.Domain.Styles.Stationery.Ruled, LetterStudio.Domain.Styles.PaperSize.A4),
                DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30), WantsProof: false, Envelope: true, RepeatsYearly: true, "eml"));
        }

        await DeliverAsync(services);

        var file = Directory.GetFiles(Path.Combine(folder, "outbox"), "*.eml").Single();
        var message = await MimeMessage.LoadAsync(file);
        var alternative = message.Body as MultipartAlternative;
        Assert.That(alternative, Is.Not.Null, $"multipart/alternative, not {message.Body?.ContentType.MimeType}");
        var parts = alternative!.OfType<TextPart>().ToList();
        Assert.That(parts.Select(p => p.ContentType.MimeType), Is.EqualTo(new[] { "text/plain", "text/html" }), "plain first, so a text-only reader shows it");
        var html = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(message.HtmlBody ?? "", "<[^>]+>", " "));
        Assert.Multiple(() =>
        {
            foreach (var said in new[] { "Kristi", "royal blue ink", "A4 sheet, ruled", "Addressed by hand", "Your writer approves it for you",
                         "again next year", "Sixty & still <gardening>.", "We planted the pear tree.", "A4 sheet, up to 250 words", "42.50 GBP" })
            {
                Assert.That(message.TextBody, Does.Contain(said), "text part: " + said);
                Assert.That(html, Does.Contain(said), "html part: " + said);
            }
            Assert.That(message.HtmlBody, Does.Contain("&lt;gardening&gt;"), "the customer's words are escaped in the HTML");
        });
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
