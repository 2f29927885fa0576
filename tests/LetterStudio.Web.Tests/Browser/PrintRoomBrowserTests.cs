using LetterStudio.Handwriting;
using LetterStudio.Printing.Jobs.Batches;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LetterStudio.Web.Tests.Browser;

public class PrintRoomBrowserTests : BrowserTests
{
    private async Task SeedRenderedLettersAsync()
    {
        await using var scope = Studio.Factory.Services.CreateAsyncScope();
        await RenderedLetterSeeder.SeedAsync(scope.ServiceProvider.GetRequiredService<LetterStudio.Data.LetterStudioDbContext>(),
            scope.ServiceProvider.GetRequiredService<HandwritingRenderer>(), 3, uniqueText: false, TimeProvider.System);
    }

    [Test]
    public async Task A_print_operator_ticks_every_letter_at_once_and_the_batch_page_shows_its_files_when_built_without_a_reload()
    {
        await SeedRenderedLettersAsync();
        var page = await Studio.SignedInPageAsync(SignIn.PrintOperator);
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/print"));
        var groups = await page.Locator("table.groups").InnerTextAsync();
        Assert.That(groups, Does.Not.Match("#[0-9A-Fa-f]{6}"), "inks are named, not coded");
        Assert.That(groups, Does.Contain("Blue-black"));

        await page.GetByLabel("Tick every letter").CheckAsync();
        var boxes = page.Locator("input[name=pick]");
        var count = await boxes.CountAsync();
        Assert.That(count, Is.GreaterThanOrEqualTo(3));
        for (var i = 0; i < count; i++) Assert.That(await boxes.Nth(i).IsCheckedAsync(), Is.True);

        await page.GetByRole(AriaRole.Button, new() { Name = "Make batch of the ticked letters" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/print/batches/"));
        var address = page.Url;

        // No reload from here on: the page must bring the files in by itself when the build finishes.
        await Assertions.Expect(page.GetByTestId("batch-status")).ToHaveTextAsync("Ready to print", new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("a[download]")).ToHaveCountAsync(4, new() { Timeout = 10_000 });
        Assert.That(page.Url, Is.EqualTo(address));
        Assert.That(await page.Locator("main").InnerTextAsync(), Does.Not.Contain("Building"));
        // Thumbnails of the first pages of letters.pdf and envelopes.pdf, drawn on the server: every image loads.
        var thumbs = page.Locator("figure.thumbs img");
        await Assertions.Expect(thumbs.First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        Assert.That(await thumbs.CountAsync(), Is.GreaterThanOrEqualTo(2));
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('figure.thumbs img')].every(i => i.complete)", null, new() { Timeout = 60_000 });
        var widths = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('figure.thumbs img')].map(i => i.naturalWidth)");
        Assert.That(widths, Has.All.EqualTo(180), "every thumbnail loaded");
        Assert.That(await BrowserStudio.SeriousAccessibilityViolationsAsync(page), Is.Empty);
        await BrowserStudio.ScreenshotAsync(page, "print-batch");
        await page.SetViewportSizeAsync(390, 844);
        Assert.That(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(390), "no sideways scroll at phone width");
        await BrowserStudio.ScreenshotAsync(page, "print-batch-390");
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task A_group_is_ticked_with_one_button()
    {
        await SeedRenderedLettersAsync();
        var page = await Studio.SignedInPageAsync(SignIn.PrintOperator);
        var firstGroup = page.Locator("table.groups tbody tr").First;
        await firstGroup.GetByRole(AriaRole.Button).ClickAsync();

        var group = await page.Locator("table.groups button").First.GetAttributeAsync("data-tick-group");
        var inGroup = page.Locator($"input[name=pick][data-group='{group}']");
        Assert.That(await inGroup.CountAsync(), Is.GreaterThan(0));
        for (var i = 0; i < await inGroup.CountAsync(); i++) Assert.That(await inGroup.Nth(i).IsCheckedAsync(), Is.True);
        var others = page.Locator($"input[name=pick]:not([data-group='{group}'])");
        for (var i = 0; i < await others.CountAsync(); i++) Assert.That(await others.Nth(i).IsCheckedAsync(), Is.False);
        await page.Context.CloseAsync();
    }
}
