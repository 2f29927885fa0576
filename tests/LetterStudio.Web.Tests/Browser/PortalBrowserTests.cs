using LetterStudio.Web.Tests.Portal;
using Microsoft.Playwright;

namespace LetterStudio.Web.Tests.Browser;

public class PortalBrowserTests : BrowserTests
{
    [Test]
    public async Task A_newcomer_signs_up_confirms_from_the_outbox_mail_signs_in_and_adds_a_recipient()
    {
        const string email = "newcomer@example.org";
        const string password = "Fountain-pen-1987";
        var context = await Studio.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Studio.BaseUrl });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/account/login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign up" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign up");
        Assert.That(await BrowserStudio.SeriousAccessibilityViolationsAsync(page), Is.Empty, "sign-up page");
        await page.GetByLabel("Your name").FillAsync("Nora Newcomer");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password (at least 10 characters)").FillAsync(password);
        await page.GetByLabel("Password again").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("We have sent a mail to");

        // The dispatcher delivers every few seconds; the mail lands as an .eml file in the data folder's outbox.
        var mail = await Outbox.WaitForAsync(Studio.Factory.DataFolder, email, "Confirm your email");
        var link = Outbox.LinkTo(mail, "/account/confirm");
        Assert.That(link.GetLeftPart(UriPartial.Authority), Is.EqualTo(Studio.BaseUrl.TrimEnd('/')), "the link points at the studio the newcomer used");
        await page.GotoAsync(link.ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your email address is confirmed");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Welcome, Nora Newcomer");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Addresses" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add someone" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Arthur Newcomer");
        await page.GetByLabel("Who they are to you").FillAsync("grandfather");
        await page.GetByLabel("Address line 1").FillAsync("7 Orchard Lane");
        await page.GetByLabel("Town or city").FillAsync("York");
        await page.GetByLabel("Postcode or ZIP code").FillAsync("YO1 XXX");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to address book" }).ClickAsync();
        await Assertions.Expect(page.Locator("#r-postcode ~ .validation-message")).ToContainTextAsync("is not a UNITED KINGDOM postal code");
        Assert.That(await BrowserStudio.SeriousAccessibilityViolationsAsync(page), Is.Empty, "address form with an error");

        await page.GetByLabel("Postcode or ZIP code").FillAsync("yo17hh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to address book" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Added to your address book.");
        await Assertions.Expect(page.Locator("table.orders")).ToContainTextAsync("7 Orchard Lane, YORK, YO1 7HH");
        Assert.That(await BrowserStudio.SeriousAccessibilityViolationsAsync(page), Is.Empty, "address book");
        await BrowserStudio.ScreenshotAsync(page, "portal-address-book");
        await context.DisposeAsync();
    }
}
