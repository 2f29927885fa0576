using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LetterStudio.Web.Tests.Browser;

public class WorkbenchBrowserTests : BrowserTests
{
    private async Task<int> OrderInAsync(OrderStatus status)
    {
        var id = 0;
        await Studio.Factory.WithDbAsync(async db => id = await db.Orders.Where(o => o.Status == status).Select(o => o.Id).FirstAsync());
        return id;
    }

    [Test]
    public async Task A_writer_signs_in_and_claims_an_order_from_the_queue_by_keyboard()
    {
        var page = await Studio.SignedInPageAsync("writer2@letterStudio.test");
        var id = await OrderInAsync(OrderStatus.Received);

        await page.GotoAsync("/queue");
        await BrowserStudio.ScreenshotAsync(page, "queue");
        var claim = page.GetByRole(AriaRole.Button, new() { Name = $"Claim LS-{id:D6}" });
        await claim.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"LS-{id:D6} is yours.");
    }

    [Test]
    public async Task The_main_pages_have_no_serious_accessibility_violations()
    {
        var page = await Studio.SignedInPageAsync(SignIn.Writer);
        var drafting = await OrderInAsync(OrderStatus.Drafting);
        var failures = new List<string>();

        foreach (var (url, name) in new[] { ("/queue", "queue"), ($"/orders/{drafting}", "order"), ($"/orders/{drafting}/dossier", "dossier") })
        {
            await page.GotoAsync(url);
            await BrowserStudio.ScreenshotAsync(page, name);
            failures.AddRange((await BrowserStudio.SeriousAccessibilityViolationsAsync(page)).Select(v => $"{url}: {v}"));
        }
        var login = await (await Studio.NewContextAsync(new() { BaseURL = Studio.BaseUrl })).NewPageAsync();
        await login.GotoAsync("/account/login");
        failures.AddRange((await BrowserStudio.SeriousAccessibilityViolationsAsync(login)).Select(v => $"/account/login: {v}"));

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task An_anecdote_containing_a_script_tag_is_shown_as_text_and_never_runs()
    {
        var id = await OrderInAsync(OrderStatus.Drafting);
        await Studio.Factory.WithDbAsync(async db =>
        {
            var order = await db.Orders.SingleAsync(o => o.Id == id);
            db.Anecdotes.Add(new Anecdote(order.CustomerId, order.RecipientId, "<script>window.pwned = true</script>Our first kiss was at the fair.", null, "June", [], AnecdoteAuthor.Customer, "c@example.com", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });
        var page = await Studio.SignedInPageAsync(SignIn.Writer);

        await page.GotoAsync($"/orders/{id}/dossier");

        await Assertions.Expect(page.GetByText("<script>window.pwned = true</script>Our first kiss was at the fair.")).ToBeVisibleAsync();
        Assert.That(await page.EvaluateAsync<bool>("() => window.pwned === true"), Is.False);
    }

    [Test]
    public async Task A_customer_account_is_refused_at_every_workbench_page()
    {
        var page = await Studio.SignedInPageAsync(SignIn.Customer);
        var id = await OrderInAsync(OrderStatus.Drafting);

        // "/" takes a customer to their portal instead (PortalAccessTests).
        foreach (var url in new[] { "/queue", "/orders", $"/orders/{id}", $"/orders/{id}/dossier", $"/orders/{id}/desk" })
        {
            await page.GotoAsync(url);
            Assert.That(page.Url, Does.Contain("/account/denied"), url);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Not allowed");
        }
    }
}
