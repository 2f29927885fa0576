using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LetterStudio.Web.Tests.Browser;

/// <summary>Where each role lands after signing in, and the top bar and pages at phone width.</summary>
public class LayoutBrowserTests : BrowserTests
{
    private const string Admin = "admin@letterstudio.test";

    [TestCase(SignIn.Writer, "/queue", "Queue")]
    [TestCase(SignIn.Customer, "/my", null)]
    [TestCase(SignIn.PrintOperator, "/print", "Print room")]
    [TestCase(Admin, "/admin", "Studio overview")]
    public async Task Each_role_lands_on_its_own_home_after_signing_in(string email, string home, string? heading)
    {
        var page = await Studio.SignedInPageAsync(email);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var path = new Uri(page.Url).AbsolutePath;
        Assert.That(path == home || (home == "/queue" && path == "/"), Is.True, $"{email} landed on {page.Url}");
        Assert.That(await page.Locator("h1").InnerTextAsync(), Does.Not.Contain("Not allowed"));
        if (heading is not null) Assert.That(await page.Locator("h1").InnerTextAsync(), Is.EqualTo(heading));
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task The_admin_overview_counts_orders_by_status_and_lists_letters_due_this_week()
    {
        var page = await Studio.SignedInPageAsync(Admin);
        await page.GotoAsync("/admin");

        var tiles = page.Locator("ul.tiles li");
        Assert.That(await tiles.CountAsync(), Is.EqualTo(Enum.GetValues<LetterStudio.Domain.Orders.OrderStatus>().Length));
        Assert.That(await page.Locator("ul.tiles").InnerTextAsync(), Does.Contain("In review").And.Not.Contain("InReview"));
        var counted = 0;
        foreach (var n in await page.Locator("ul.tiles .count").AllInnerTextsAsync()) counted += int.Parse(n);
        Assert.That(counted, Is.GreaterThan(0), "the demo studio has orders");
        Assert.That(await page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Letters due by") }).CountAsync(), Is.EqualTo(1));
        Assert.That(await BrowserStudio.SeriousAccessibilityViolationsAsync(page), Is.Empty);
        await page.Context.CloseAsync();
    }

    public static IEnumerable<TestCaseData> MainPages()
    {
        yield return new TestCaseData(SignIn.Writer, new[] { "/queue", "/orders/{mine}", "/orders/{mine}/dossier", "/orders/{mine}/desk" }).SetName("No_page_of_the_writer_scrolls_sideways_at_390_px");
        yield return new TestCaseData(Admin, new[] { "/admin", "/queue?scope=all", "/print" }).SetName("No_page_of_the_admin_scrolls_sideways_at_390_px");
        yield return new TestCaseData(SignIn.Customer, new[] { "/my", "/my/orders", "/my/orders/new", "/my/recipients", "/my/style", "/my/keys", "/my/bulk", "/my/webhooks" })
            .SetName("No_page_of_the_customer_scrolls_sideways_at_390_px");
        yield return new TestCaseData(SignIn.PrintOperator, new[] { "/print" }).SetName("No_page_of_the_print_operator_scrolls_sideways_at_390_px");
    }

    [TestCaseSource(nameof(MainPages))]
    public async Task Pages_fit_a_phone(string email, string[] paths)
    {
        var page = await Studio.SignedInPageAsync(email, width: 390);
        var mine = 0;
        await Studio.Factory.WithDbAsync(async db => mine = await db.Orders.Where(o => o.AssignedWriter == email).Select(o => o.Id).FirstOrDefaultAsync());
        var wide = new List<string>();
        foreach (var path in paths.Select(p => p.Replace("{mine}", mine.ToString())))
        {
            var response = await page.GotoAsync(path);
            Assert.That(response!.Ok, Is.True, $"{path} answered {response.Status}");
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > 390)
            {
                // Name the elements that stick out, so a failure says what to fix.
                var culprits = await page.EvaluateAsync<string[]>("""
                    () => [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > 391 && ![...e.children].some(c => c.getBoundingClientRect().right > 391))
                        .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : ''))
                    """);
                wide.Add($"{path} is {width} px wide ({string.Join(", ", culprits)})");
            }
        }
        Assert.That(wide, Is.Empty);
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task At_phone_width_the_menu_folds_behind_a_button_that_opens_it_with_sign_out_in_view()
    {
        var page = await Studio.SignedInPageAsync(SignIn.Customer, width: 390);
        var signOut = page.GetByRole(AriaRole.Button, new() { Name = "Sign out" });
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });

        Assert.That(await signOut.IsVisibleAsync(), Is.False, "the menu starts folded");
        await menu.ClickAsync();
        Assert.That(await menu.GetAttributeAsync("aria-expanded"), Is.EqualTo("true"));
        Assert.That(await signOut.IsVisibleAsync(), Is.True);
        var box = await signOut.BoundingBoxAsync();
        Assert.That(box!.X + box.Width, Is.LessThanOrEqualTo(390), "Sign out is on the screen");
        await BrowserStudio.ScreenshotAsync(page, "menu-390");
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task At_desk_width_the_whole_menu_shows_without_a_menu_button()
    {
        var page = await Studio.SignedInPageAsync(SignIn.Customer, width: 1280);

        Assert.That(await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).IsVisibleAsync(), Is.False);
        Assert.That(await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).IsVisibleAsync(), Is.True);
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        Assert.That(await menu.GetByRole(AriaRole.Link, new() { Name = "Bulk upload" }).IsVisibleAsync(), Is.True);
        await page.Context.CloseAsync();
    }
}
