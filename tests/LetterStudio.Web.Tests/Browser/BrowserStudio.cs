using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LetterStudio.Web.Tests.Browser;

/// <summary>
/// The studio on a real Kestrel port and Debian's Chromium driven by Playwright: what a writer's browser sees.
/// Playwright cannot download its own browsers here, so it launches /usr/bin/chromium. One Chromium serves the whole
/// test run (launching it costs a second or more on a loaded machine); each studio has its own port and database and
/// each test its own browser context, closed with the studio at the latest, so fixtures sharing it see nothing of
/// each other.
/// </summary>
public sealed class BrowserStudio : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public StudioFactory Factory { get; } = new();
    public string BaseUrl { get; private set; } = "";
    private readonly List<IBrowserContext> contexts = [];

    private static readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> Chromium = new(async () =>
    {
        // Expectations wait for the page up to 30 s, as Playwright's actions do, instead of its default 5 s: what they
        // check is that the text or state appears, not how fast; a 2-core machine running two fixtures and another build
        // took more than 5 s to finish one erase-and-redirect. A failing expectation still fails, only later.
        Assertions.SetDefaultExpectTimeout(30_000);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    });

    /// <summary>Closes the run's Chromium, once every fixture is done with it.</summary>
    public static async Task StopChromiumAsync()
    {
        if (!Chromium.IsValueCreated) return;
        var (playwright, browser) = await Chromium.Value;
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    /// <summary>A fresh browser context on this studio, closed when the studio stops if the test has not closed it.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await (await Chromium.Value).Browser.NewContextAsync(options);
        // Clicks, fills and page loads wait up to a minute (Playwright's default is 30 s): a wait, not a check, so a
        // loaded machine makes a test slower rather than failing it; whatever a step waits for must still happen.
        context.SetDefaultTimeout(60_000);
        lock (contexts) contexts.Add(context);
        return context;
    }

    public static async Task<BrowserStudio> StartAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            // CI installs Chromium (.ci/run); a developer machine without it skips, a CI run without it fails.
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail($"{ChromiumPath} is missing: .ci/run must install the chromium package.");
            Assert.Ignore($"{ChromiumPath} is not installed (apt-get install chromium); browser tests skipped.");
        }
        var studio = new BrowserStudio();
        // A free port picked first, so the studio's public address (every link in its mail) is the one the browser uses.
        var port = FreePort();
        studio.Factory.WithSettings(new() { ["Studio:PublicBaseUrl"] = $"http://127.0.0.1:{port}" });
        studio.Factory.UseKestrel(port);
        studio.Factory.StartServer();
        var addresses = studio.Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        studio.BaseUrl = addresses.Addresses.First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1");
        await Chromium.Value;
        return studio;
    }

    private static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    /// <summary>A fresh browser context signed in through the login page.</summary>
    public async Task<IPage> SignedInPageAsync(string email, string password = SignIn.DemoPassword, int width = 1280)
    {
        var context = await NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login"));
        return page;
    }

    /// <summary>A screenshot into the test output folder, for README and for a person to look at.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, name);
        return path;
    }

    /// <summary>Runs axe-core (from npm) in the page and returns its serious and critical violations.</summary>
    public static async Task<List<string>> SeriousAccessibilityViolationsAsync(IPage page)
    {
        var axe = Path.Combine(RepoRoot(), "tests", "LetterStudio.Web.Tests", "Browser", "axe", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(axe))
            Assert.Fail($"axe-core is missing at {axe}: run `npm ci` in tests/LetterStudio.Web.Tests/Browser/axe.");
        // Evaluated through the DevTools protocol, not added as an inline <script>: the app's Content-Security-Policy
        // (script-src 'self') rightly refuses inline scripts, and the browser tests run with it on.
        await page.EvaluateAsync(await File.ReadAllTextAsync(axe));
        var json = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3) }))");
        return [.. json.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("impact").GetString()}: {v.GetProperty("id").GetString()} ({v.GetProperty("help").GetString()}) at {string.Join("; ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))}")];
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LetterStudio.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("LetterStudio.sln not found above the test output folder.");
    }

    public async ValueTask DisposeAsync()
    {
        List<IBrowserContext> open;
        lock (contexts) open = [.. contexts];
        // Closing a context the test closed already does nothing.
        foreach (var context in open) await context.CloseAsync();
        await Factory.DisposeAsync();
    }
}
