using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LetterStudio.Web.Tests.Browser;

/// <summary>The erase-account page and the address form's errors, seen in Chromium at desk and phone widths.</summary>
public class TrustWordsBrowserTests : BrowserTests
{
    private static async Task AssertFitsAsync(IPage page, int width, string what)
    {
        Assert.That(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(width), $"{what}: no sideways scroll at {width} px");
        Assert.That(await BrowserStudio.SeriousAccessibilityViolationsAsync(page), Is.Empty, what);
    }

    [Test]
    public async Task A_customer_reads_what_goes_and_what_stays_and_erases_their_account_by_keyboard_at_phone_width()
    {
        await Studio.Factory.WithDbAsync(async db =>
        {
            var sophie = await db.Customers.Where(c => c.Email == "sophie@example.com").Select(c => c.Id).SingleAsync();
            var approved = await db.Orders.SingleAsync(o => o.CustomerId == sophie && o.Status == OrderStatus.Approved);
            approved.MoveTo(OrderStatus.Cancelled, "sophie@example.com", DateTimeOffset.UtcNow, "changed her mind");
            await db.SaveChangesAsync();
        });
        var wide = await Studio.SignedInPageAsync(SignIn.Customer);
        await wide.GotoAsync("/my/account/erase");
        await Assertions.Expect(wide.GetByRole(AriaRole.Alert)).ToContainTextAsync("LS-000002");
        await AssertFitsAsync(wide, 1280, "erase page, blocked");
        await BrowserStudio.ScreenshotAsync(wide, "erase-blocked-1280");
        await wide.Context.CloseAsync();

        var page = await Studio.SignedInPageAsync("sophie@example.com", width: 390);
        await page.GotoAsync("/my");
        await page.GetByRole(AriaRole.Link, new() { Name = "Erase your account" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Erase your account");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What is kept, and why" })).ToBeVisibleAsync();
        await AssertFitsAsync(page, 390, "erase page");
        await BrowserStudio.ScreenshotAsync(page, "erase-390");

        await page.GetByLabel("Type your password to confirm").FocusAsync();
        await page.Keyboard.TypeAsync(SignIn.DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your account has been erased.");
        await AssertFitsAsync(page, 390, "erased");
        await page.GotoAsync("/my");
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/account/login"), "signed out");
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task An_empty_address_form_shows_every_missing_line_once_in_words_beside_its_field()
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await Studio.SignedInPageAsync(SignIn.Customer, width: width);
            await page.GotoAsync("/my/recipients/new");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add to address book" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Not saved: 5 lines need changing; each is marked below.");
            var messages = await page.Locator(".validation-message").AllInnerTextsAsync();
            Assert.That(messages, Is.EquivalentTo(new[]
            {
                "The name is required.", "Who they are to you is required.", "The first address line is required.",
                "The town or city is required.", "The postcode is required.",
            }));
            await AssertFitsAsync(page, width, "address form with errors");
            await BrowserStudio.ScreenshotAsync(page, $"address-errors-{width}");
            await page.Context.CloseAsync();
        }
    }
}
