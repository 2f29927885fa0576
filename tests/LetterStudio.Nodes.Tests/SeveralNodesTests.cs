using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AngleSharp;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Printing;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Nodes.Tests;

/// <summary>
/// Two web nodes and two workers as real processes on loopback ports, on one PostgreSQL database and one data folder.
/// API orders are spread over both web nodes by a client that retries with the same Idempotency-Key; a print batch is
/// built by both workers; meanwhile one web node and one worker are killed by PID and started again. Nothing acknowledged
/// may be lost, nothing doubled, and every letter must be in the batch exactly once.
/// </summary>
[TestFixture, Category("Nodes"), NonParallelizable]
public sealed class SeveralNodesTests
{
    // Sized to stay near a minute on the 2-core machine: enough letters for many parts, so a worker dies with
    // parts done and parts to do, and enough orders to keep both web nodes busy through the kill and the restart.
    private const int Letters = 2000;
    private const int PartSize = 50;
    private const int Orders = 400;
    private const int Clients = 4;
    private const string DemoPassword = "Letters-2026!";

    private readonly List<NodeProcess> nodes = [];

    [TearDown]
    public void StopNodes()
    {
        foreach (var node in nodes)
        {
            if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed) TestContext.Out.WriteLine(node.Output());
            node.Dispose();
        }
        nodes.Clear();
    }

    [Test]
    public async Task Two_web_nodes_and_two_workers_on_one_database_lose_nothing_and_double_nothing_when_one_of_each_is_killed_and_restarted()
    {
        var total = Stopwatch.StartNew();
        await using var database = await TestDatabase.CreateAsync(TestProvider.Postgres, seedDemo: true);
        var folder = TempFolder.Create("nodes");
        var run = $"nodes-{Guid.NewGuid():N}"[..18];
        var settings = new Dictionary<string, string>(database.Settings)
        {
            ["Studio:DataFolder"] = folder,
            ["Printing:PartSize"] = PartSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Printing:PollInterval"] = "00:00:01",
            ["Printing:ClusterCheckinInterval"] = "00:00:01",
            // The web nodes take API calls; the two workers build the batch.
            ["Printing:RunJobsInWeb"] = "false",
            // The database is migrated already; only the first web node runs the start-up seed (roles, demo sign-ins), so
            // no two processes race to insert the same role.
            ["Database:MigrateOnStart"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Api:RateLimit:PermitsPerSecond"] = "1000",
            ["Api:RateLimit:Burst"] = "1000",
        };
        var (secret, recipientId) = await ApiKeyForEleanorAsync(database);

        var cli = ProcessRunner.FindBuiltDll("LetterStudio.Cli", "letterstudio.dll");
        var seeded = await ProcessRunner.RunDllAsync(cli, ["print", "seed-demo", "--count", Letters.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            Env(settings), TimeSpan.FromMinutes(2));
        Assert.That(seeded.ExitCode, Is.Zero, seeded.ToString());
        var seedTime = total.Elapsed;

        var ports = new[] { FreePort(), FreePort() };
        var urls = ports.Select(p => new Uri($"http://127.0.0.1:{p}")).ToArray();
        NodeProcess WebNode(int i)
        {
            var web = new Dictionary<string, string>(settings) { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Studio:PublicBaseUrl"] = urls[i].ToString() };
            if (i == 0)
            {
                web["Database:MigrateOnStart"] = "true";
                web["Database:SeedDemo"] = "true";
                web["Studio:DemoPassword"] = DemoPassword;
                web["Studio:AllowDemoOutsideDevelopment"] = "true";
            }
            return NodeProcess.Web($"web-{i}", ports[i], web);
        }
        var webs = new[] { WebNode(0), WebNode(1) };
        var workers = new[] { NodeProcess.Worker("worker-0", settings), NodeProcess.Worker("worker-1", settings) };
        nodes.AddRange(webs);
        nodes.AddRange(workers);
        foreach (var node in nodes) node.Start();
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await Task.WhenAll(urls.Select(u => UntilAnsweringAsync(probe, u, secret, TimeSpan.FromSeconds(180))));
        var startTime = total.Elapsed - seedTime;

        // The batch is made by the command line, which waits for the workers; the orders go in meanwhile.
        var output = Path.Combine(folder, "out");
        var batchRun = ProcessRunner.RunDllAsync(cli, ["print", "batch", "--wait", "-o", output, "--as", "nodes-test"], Env(settings), TimeSpan.FromMinutes(3));
        var client = new RetryingOrderClient(urls, secret, recipientId, run);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ordering = Parallel.ForEachAsync(Enumerable.Range(1, Orders), new ParallelOptions { MaxDegreeOfParallelism = Clients, CancellationToken = cancel.Token },
            async (n, ct) => await client.PlaceAsync(n, ct));

        // A web node dies a third of the way through the orders and is started again at once.
        var webRecovery = Task.Run(async () =>
        {
            await UntilAsync(() => client.Acknowledged.Count >= Orders / 3, TimeSpan.FromMinutes(2), "a third of the orders acknowledged");
            var at = Stopwatch.StartNew();
            // Counted at the kill, not after the restart: by then the other node may have taken every order.
            var acknowledgedAtKill = client.Acknowledged.Count;
            webs[0].Kill();
            webs[0].Start();
            await UntilAnsweringAsync(probe, urls[0], secret, TimeSpan.FromSeconds(180));
            return (at.Elapsed, acknowledgedAtKill);
        });

        // A worker dies with parts of the batch done and parts to do, and is started again at once.
        var workerRecovery = Task.Run(async () =>
        {
            (int Done, int Parts) progress = (0, 0);
            await UntilAsync(async () => (progress = await PartsAsync(database)).Done >= 2, TimeSpan.FromMinutes(2), "two parts built");
            var at = Stopwatch.StartNew();
            workers[0].Kill();
            workers[0].Start();
            return (at, progress);
        });

        var (webDown, acknowledgedAtKill) = await webRecovery;
        var (sinceWorkerKill, atWorkerKill) = await workerRecovery;
        var batch = await batchRun;
        var workerDownToBuilt = sinceWorkerKill.Elapsed;
        await ordering;
        var runTime = total.Elapsed - seedTime - startTime;
        Assert.That(batch.ExitCode, Is.Zero, batch.ToString());
        Assert.That(atWorkerKill.Done, Is.InRange(2, atWorkerKill.Parts - 1), "the worker was killed mid-batch");
        Assert.That(acknowledgedAtKill, Is.InRange(Orders / 3, Orders - 1), "the web node was killed while orders were still coming in");

        await using var db = database.Open();
        // Orders: every acknowledgement is a stored order, every stored order of this run was acknowledged, none twice.
        var stored = await db.Orders.AsNoTracking().Where(o => o.IdempotencyKey!.StartsWith(run)).Select(o => new { o.Id, o.IdempotencyKey }).ToListAsync();
        Assert.That(client.Acknowledged, Has.Count.EqualTo(Orders), "every order acknowledged");
        Assert.That(stored, Has.Count.EqualTo(Orders), "orders stored");
        Assert.That(stored.Select(o => o.IdempotencyKey).Distinct().Count(), Is.EqualTo(Orders), "no key stored twice");
        Assert.That(stored.Select(o => o.Id).Order(), Is.EqualTo(client.Acknowledged.Values.Order()), "the stored orders are the acknowledged ones");
        Assert.That(stored.Select(o => o.IdempotencyKey).Order(), Is.EqualTo(client.Acknowledged.Keys.Select(n => RetryingOrderClient.KeyOf(run, n)).Order()));

        // Letters: the batch holds every seeded letter once, and so does its manifest.
        var built = await db.PrintBatches.AsNoTracking().Include(b => b.Items).Include(b => b.Parts).Include(b => b.Files).OrderByDescending(b => b.Id).FirstAsync();
        var seededIds = await db.Orders.AsNoTracking().Where(o => o.Brief.StartsWith("Seeded letter ")).Select(o => o.Id).ToListAsync();
        Assert.That(built.Status, Is.EqualTo(PrintBatchStatus.Built), built.FailureReason);
        Assert.That(seededIds, Has.Count.EqualTo(Letters));
        Assert.That(built.Items.Select(i => i.OrderId).Order(), Is.EqualTo(seededIds.Order()), "every seeded letter in the batch exactly once");
        var manifest = File.ReadAllLines(Path.Combine(folder, built.Files.Single(f => f.Kind == PrintFileKind.ManifestCsv).RelativePath)).Skip(1)
            .Select(l => l.Split(',')[1]).ToList();
        Assert.That(manifest, Has.Count.EqualTo(Letters), "manifest rows");
        Assert.That(manifest.Distinct().Count(), Is.EqualTo(Letters), "no letter twice in the manifest");
        Assert.That(manifest.Order(), Is.EqualTo(seededIds.Select(Order.ReferenceOf).Order()));
        Assert.That(built.Parts.Select(p => p.DoneAt), Is.All.Not.Null);
        Assert.That(built.Parts.Select(p => p.DoneBy).Distinct().Count(), Is.GreaterThanOrEqualTo(2), "parts built by more than one worker");

        // A customer signed in on one node (the one restarted) is still signed in on the other: the data-protection keys are shared.
        var (signedInElsewhere, page) = await SignedInOnOtherNodeAsync(urls[0], urls[1]);
        Assert.That(signedInElsewhere, Is.EqualTo(HttpStatusCode.OK), page);
        Assert.That(page, Does.Contain("Eleanor"));

        var byNode = string.Join(", ", built.Parts.GroupBy(p => p.DoneBy).Select(g => $"{g.Count()}"));
        var rerun = built.Parts.Count(p => p.Attempts > 1);
        TestContext.Out.WriteLine($"""
            nodes: 2 web + 2 workers on PostgreSQL; {Letters} letters in {built.Parts.Count} parts of {PartSize}; {Orders} orders by {Clients} clients
            seed {seedTime.TotalSeconds:F1} s, start {startTime.TotalSeconds:F1} s, run {runTime.TotalSeconds:F1} s, whole test {total.Elapsed.TotalSeconds:F1} s
            orders: acknowledged {client.Acknowledged.Count}, stored {stored.Count}, doubled 0, retries {client.Retries}, replayed answers {client.Replayed}
            web node killed after {acknowledgedAtKill} acknowledgements; answering again {webDown.TotalSeconds:F1} s after the kill; longest pause in acknowledgements {client.LongestPause().TotalSeconds:F1} s
            worker killed at {atWorkerKill.Done}/{atWorkerKill.Parts} parts; batch built {workerDownToBuilt.TotalSeconds:F1} s after the kill; parts per node {byNode}; parts written again {rerun}
            letters: items {built.Items.Count}, manifest rows {manifest.Count}, distinct {manifest.Distinct().Count()}
            """);
    }

    private static async Task<(HttpStatusCode Status, string Page)> SignedInOnOtherNodeAsync(Uri signInOn, Uri askOn)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
        var form = await browser.GetStringAsync(new Uri(signInOn, "/account/login"));
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(form));
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new AssertionException("the login form has no antiforgery token");
        using var signIn = await browser.PostAsync(new Uri(signInOn, "/account/login"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = "eleanor@example.com",
            ["Input.Password"] = DemoPassword,
        }));
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "signed in on the first node");
        using var home = await browser.GetAsync(new Uri(askOn, "/my"));
        return (home.StatusCode, await home.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string?> Env(IReadOnlyDictionary<string, string> settings) =>
        settings.ToDictionary(kv => kv.Key.Replace(":", "__", StringComparison.Ordinal), kv => (string?)kv.Value);

    private static async Task<(string Secret, int RecipientId)> ApiKeyForEleanorAsync(TestDatabase database)
    {
        await using var db = database.Open();
        var eleanor = await db.Customers.Include(c => c.Recipients).SingleAsync(c => c.Email == "eleanor@example.com");
        var (key, secret) = ApiKey.Create(eleanor.Id, "nodes", testMode: false, DateTimeOffset.UtcNow);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync();
        return (secret, eleanor.Recipients.Single(r => r.CalledBy == "Jamie").Id);
    }

    private static async Task<(int Done, int Parts)> PartsAsync(TestDatabase database)
    {
        await using var db = database.Open();
        var parts = await db.PrintBatchParts.AsNoTracking().Select(p => p.DoneAt != null).ToListAsync();
        return (parts.Count(d => d), parts.Count);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task UntilAnsweringAsync(HttpClient http, Uri node, string secret, TimeSpan timeout) => UntilAsync(async () =>
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(node, "/api/v1/occasions"));
            request.Headers.Add("X-Api-Key", secret);
            using var response = await http.SendAsync(request);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }, timeout, $"{node} answering");

    private static Task UntilAsync(Func<bool> condition, TimeSpan timeout, string what) => UntilAsync(() => Task.FromResult(condition()), timeout, what);

    private static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var until = Stopwatch.StartNew();
        while (!await condition())
        {
            if (until.Elapsed > timeout) throw new AssertionException($"not in {timeout}: {what}");
            await Task.Delay(25);
        }
    }
}
