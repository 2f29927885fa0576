using LetterStudio.Domain.Orders;
using LetterStudio.Handwriting;
using LetterStudio.Printing.Jobs.Batches;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LetterStudio.Web.Tests.Browser;

/// <summary>
/// The README's tour: each role signs in to the seeded demo studio and the pages the tour shows are checked to render.
/// With LS_UPDATE_SCREENSHOTS=1 their screenshots are written into docs/screenshots/ as well; without it nothing in the
/// working tree changes, so CI never dirties it.
/// </summary>
public class TourScreenshotTests : BrowserTests
{
    private const int Width = 1280;
    // The tour's pictures show the first screen of each page, as a newcomer sees it: a whole long page would be a
    // narrow strip in the README and a few hundred KB more.
    private const int Height = 800;
    private static readonly string[] ErrorWords = ["Something went wrong", "Not allowed", "Not found", "Exception", "could not finish"];

    private static bool Updating => Environment.GetEnvironmentVariable("LS_UPDATE_SCREENSHOTS") == "1";

    // The writer goes first, so the queue shows the demo studio as seeded, before the print tour adds its letters.
    [Test, Order(1)]
    public async Task The_writer_tour_shows_the_queue_and_the_drafting_desk()
    {
        var page = await SignedInAsync(SignIn.Writer);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Queue");
        Assert.That(await page.Locator("table.orders tbody tr").CountAsync(), Is.GreaterThan(0), "the demo orders are listed");
        await ShootAsync(page, "writer-queue");

        var id = 0;
        await Studio.Factory.WithDbAsync(async db => id = await db.Orders
            .Where(o => o.AssignedWriter == SignIn.Writer && o.Status == OrderStatus.Drafting).Select(o => o.Id).FirstAsync());
        await page.GotoAsync($"/orders/{id}/desk");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync($"Drafting desk: LS-{id:D6}");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save revision" })).ToBeEnabledAsync();
        // A whole first draft from the offline composer, so the editor and the preview show a real letter.
        var preview = page.GetByTestId("preview").First;
        // The preview is drawn once the circuit is up; on a busy machine that takes more than the default 5 s.
        await Assertions.Expect(preview).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var before = await preview.GetAttributeAsync("src");
        await page.GetByRole(AriaRole.Button, new() { Name = "Draft", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("message")).ToContainTextAsync("Drafted by", new() { Timeout = 30_000 });
        await Assertions.Expect(preview).Not.ToHaveAttributeAsync("src", before!, new() { Timeout = 15_000 });
        await WaitForImageAsync(page, "[data-testid=preview]");
        await ShootAsync(page, "writer-desk");
        await page.Context.CloseAsync();
    }

    [Test, Order(2)]
    public async Task The_customer_tour_shows_the_portal_home_and_the_order_form()
    {
        var page = await SignedInAsync(SignIn.Customer);
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/my"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Order a letter" }).First).ToBeVisibleAsync();
        await ShootAsync(page, "customer-home");

        await page.GotoAsync("/my/orders/new");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Order a letter");
        await page.GetByLabel("Recipient").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Birthday").CheckAsync();
        await page.GetByLabel("What you want said").FillAsync("Eighty today. Thank her for the Saturday baking and for always turning up.");
        await WaitForImageAsync(page, "#o-sample");
        await Assertions.Expect(page.Locator("#o-quote")).ToContainTextAsync("letter");
        // The top of the form: the steps, the first questions and the whole-sheet sample beside them.
        await ShootAsync(page, "customer-order-form");
        await page.Context.CloseAsync();
    }

    [Test, Order(3)]
    public async Task The_print_operator_tour_shows_the_print_room_and_a_built_batch()
    {
        await using (var scope = Studio.Factory.Services.CreateAsyncScope())
            await RenderedLetterSeeder.SeedAsync(scope.ServiceProvider.GetRequiredService<LetterStudio.Data.LetterStudioDbContext>(),
                scope.ServiceProvider.GetRequiredService<HandwritingRenderer>(), 6, uniqueText: false, TimeProvider.System);
        var page = await SignedInAsync(SignIn.PrintOperator);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Print room");
        Assert.That(await page.Locator("table.groups tbody tr").CountAsync(), Is.GreaterThan(0), "the seeded letters wait in groups");
        await ShootAsync(page, "print-room");

        await page.GetByLabel("Tick every letter").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make batch of the ticked letters" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/print/batches/"));
        await Assertions.Expect(page.GetByTestId("batch-status")).ToHaveTextAsync("Ready to print", new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("a[download]")).ToHaveCountAsync(4, new() { Timeout = 10_000 });
        await ShootAsync(page, "print-batch");
        await page.Context.CloseAsync();
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var page = await Studio.SignedInPageAsync(email, width: Width);
        await page.SetViewportSizeAsync(Width, Height);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return page;
    }

    /// <summary>
    /// Checks the page rendered (a heading, text, no error) and takes its first screen, or the screen that starts at
    /// <paramref name="focus"/> when given; writes it to docs/screenshots/ only when LS_UPDATE_SCREENSHOTS=1.
    /// </summary>
    private static async Task ShootAsync(IPage page, string name, ILocator? focus = null)
    {
        var heading = await page.Locator("h1").First.InnerTextAsync();
        Assert.That(heading.Trim(), Is.Not.Empty, $"{name}: the page has a heading");
        var main = await page.Locator("main").InnerTextAsync();
        Assert.That(main.Trim().Length, Is.GreaterThan(100), $"{name}: the page has content");
        foreach (var word in ErrorWords)
            Assert.That(heading + "\n" + main, Does.Not.Contain(word), $"{name}: the page shows an error");

        if (focus is not null)
        {
            // The element at the top of the screen, with a little room above it, and what follows it below.
            await focus.EvaluateAsync("e => { e.scrollIntoView({ block: 'start' }); window.scrollBy(0, -24); }");
        }
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png });
        Assert.That(png, Has.Length.GreaterThan(10_000), $"{name}: the screenshot is not blank");
        var kept = await BrowserStudio.ScreenshotAsync(page, "tour-" + name);
        Assert.That(File.Exists(kept), Is.True);

        if (!Updating) return;
        var folder = Path.Combine(RepoRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, name + ".png"), png);
    }

    private static async Task WaitForImageAsync(IPage page, string selector) =>
        await page.WaitForFunctionAsync($"() => {{ const i = document.querySelector(\"{selector}\"); return i && i.complete && i.naturalWidth > 0; }}",
            null, new() { Timeout = 30_000 });

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LetterStudio.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("LetterStudio.sln not found above the test output folder.");
    }
}
