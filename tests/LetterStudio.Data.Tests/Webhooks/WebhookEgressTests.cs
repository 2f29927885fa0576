using System.Net;
using System.Net.Sockets;
using LetterStudio.Application.Webhooks;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Webhooks;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Data.Tests.Webhooks;

/// <summary>
/// Where webhooks may go, checked at registration and on every connection, against a TCP listener on 127.0.0.1 that
/// counts the connections it accepts: a refused host is never connected to. Names resolve through the test's own
/// resolver (this machine's host name and localhost from /etc/hosts, the rest from its map), so nothing leaves the machine.
/// </summary>
[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class WebhookEgressTests(TestProvider provider)
{
    private TcpListener listener = null!;
    private int accepted;
    private CancellationTokenSource stop = null!;

    [SetUp]
    public void Start()
    {
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        stop = new CancellationTokenSource();
        accepted = 0;
        _ = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                Interlocked.Increment(ref accepted);
            }
        });
    }

    [TearDown]
    public void Stop()
    {
        stop.Cancel();
        listener.Stop();
        listener.Dispose();
        stop.Dispose();
    }

    private int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    private Task<WebhookStudio> StrictStudioAsync() => WebhookStudio.CreateAsync(provider, new() { ["Webhooks:AllowInsecureUrls"] = "false" });

    /// <summary>Writes an endpoint straight into the database, as if its host had changed since registration, then makes an event for it.</summary>
    private static async Task<WebhookDelivery> DeliverToAsync(WebhookStudio studio, string url)
    {
        var eleanor = await studio.CustomerIdAsync("eleanor@example.com");
        await studio.WithDbAsync(async db =>
        {
            var endpoint = WebhookEndpoint.Register(eleanor, "https://hooks.example.com/in", null, false, studio.Clock.GetUtcNow());
            db.WebhookEndpoints.Add(endpoint);
            await db.SaveChangesAsync();
            await db.WebhookEndpoints.Where(e => e.Id == endpoint.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Url, url));
            return 0;
        });
        await studio.CancelAsync(await studio.OpenOrderAsync(eleanor));
        await studio.DispatchAsync();
        return (await studio.DeliveriesAsync()).Single();
    }

    [Test]
    public async Task This_machines_own_host_name_is_refused_when_connecting_and_nothing_is_connected_to()
    {
        await using var studio = await StrictStudioAsync();

        var delivery = await DeliverToAsync(studio, $"https://{Dns.GetHostName()}:{Port}/in");

        Assert.That(delivery.LastError, Does.Contain("this machine"));
        Assert.That(accepted, Is.Zero);
    }

    [Test]
    public async Task Localhost_with_a_trailing_dot_is_refused_when_connecting_and_nothing_is_connected_to()
    {
        await using var studio = await StrictStudioAsync();

        var delivery = await DeliverToAsync(studio, $"https://localhost.:{Port}/in");

        Assert.That(delivery.LastError, Does.Contain("refused"));
        Assert.That(accepted, Is.Zero);
    }

    [Test]
    public async Task A_name_that_now_resolves_to_loopback_is_refused_on_the_next_attempt_and_nothing_is_connected_to()
    {
        await using var studio = await StrictStudioAsync();
        studio.Resolver.Map["rebind.example.com"] = [IPAddress.Parse("127.0.0.1")];

        var delivery = await DeliverToAsync(studio, $"https://rebind.example.com:{Port}/in");

        Assert.That(delivery.LastError, Does.Contain("local, private or reserved"));
        Assert.That(accepted, Is.Zero);
    }

    [Test]
    public async Task A_name_resolving_to_a_public_and_a_loopback_address_connects_only_to_the_vetted_public_one()
    {
        // 192.0.2.x is refused too; the only address left is the public one, which the test never reaches: the
        // connection is to the vetted address alone, so the loopback listener sees nothing.
        await using var studio = await StrictStudioAsync();
        var egress = studio.Services.GetRequiredService<WebhookEgress>();
        studio.Resolver.Map["mixed.example.com"] = [IPAddress.Parse("127.0.0.1"), IPAddress.Parse("192.0.2.10"), IPAddress.Parse("8.8.8.8")];

        var (allowed, refusal) = await egress.VetAsync("mixed.example.com", CancellationToken.None);

        Assert.That(allowed, Is.EqualTo(new[] { IPAddress.Parse("8.8.8.8") }));
        Assert.That(refusal, Does.Contain("127.0.0.1"));
    }

    [Test]
    public async Task Every_address_of_this_machines_interfaces_is_refused()
    {
        await using var studio = await StrictStudioAsync();
        var egress = studio.Services.GetRequiredService<WebhookEgress>();
        var own = WebhookEgress.OwnAddresses();
        Assert.That(own, Does.Contain(IPAddress.Loopback));

        foreach (var address in own)
        {
            var (allowed, _) = await egress.VetAsync(address.ToString(), CancellationToken.None);
            Assert.That(allowed, Is.Empty, $"{address} is this machine's");
        }
    }

    [TestCase("https://198.18.0.1/in")]
    [TestCase("https://198.19.255.254/in")]
    [TestCase("https://192.0.2.1/in")]
    [TestCase("https://198.51.100.7/in")]
    [TestCase("https://203.0.113.9/in")]
    [TestCase("https://192.0.0.8/in")]
    [TestCase("https://240.0.0.1/in")]
    [TestCase("https://[2001:db8::1]/in")]
    [TestCase("https://[64:ff9b::a00:1]/in")]
    [TestCase("https://[::ffff:10.0.0.1]/in")]
    [TestCase("https://[2002:a00:1::1]/in")]
    [TestCase("https://[fe80::1]/in")]
    [TestCase("https://localhost./in")]
    [TestCase("https://intranet/in")]
    [TestCase("https://printer.local/in")]
    public async Task Registering_a_reserved_local_or_special_address_is_refused(string url)
    {
        await using var studio = await StrictStudioAsync();
        var eleanor = await studio.CustomerIdAsync("eleanor@example.com");

        var ex = Assert.ThrowsAsync<DomainValidationException>(() => studio.InScopeAsync(sp => sp.GetRequiredService<WebhookEndpoints>().RegisterAsync(eleanor, url, null)));

        Assert.That(ex!.Field, Is.EqualTo("Url"));
        Assert.That(ex.Reason, Does.Contain("local or private"));
    }

    [Test]
    public async Task Registering_this_machines_host_name_or_a_name_resolving_to_a_private_address_is_refused()
    {
        await using var studio = await StrictStudioAsync();
        var eleanor = await studio.CustomerIdAsync("eleanor@example.com");
        studio.Resolver.Map["sneaky.example.com"] = [IPAddress.Parse("93.184.215.14"), IPAddress.Parse("10.0.0.5")];

        foreach (var url in new[] { $"https://{Dns.GetHostName()}/in", $"https://{Dns.GetHostName().ToUpperInvariant()}./in", "https://sneaky.example.com/in" })
            Assert.ThrowsAsync<DomainValidationException>(() => studio.InScopeAsync(sp => sp.GetRequiredService<WebhookEndpoints>().RegisterAsync(eleanor, url, null)), url);
    }

    [Test]
    public async Task A_public_name_registers()
    {
        await using var studio = await StrictStudioAsync();
        var eleanor = await studio.CustomerIdAsync("eleanor@example.com");
        studio.Resolver.Map["hooks.example.org"] = [IPAddress.Parse("93.184.215.14")];

        var endpoint = await studio.InScopeAsync(sp => sp.GetRequiredService<WebhookEndpoints>().RegisterAsync(eleanor, "https://hooks.example.org/in", null));

        Assert.That(endpoint.Url, Is.EqualTo("https://hooks.example.org/in"));
    }
}
