using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LetterStudio.Web.Tests.Browser;

/// <summary>
/// The studio on a real Kestrel port and Debian's Chromium driven by Playwright: what a writer's browser sees.
/// Playwright cannot download its own browsers here, so it launches /usr/bin/chromium.
/// </summary>
public sealed class BrowserStudio : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public StudioFactory Factory { get; } = new();
    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    private IPlaywright playwright = null!;

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
        studio.playwright = await Playwright.CreateAsync();
        studio.Browser = await studio.playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
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
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
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
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}
