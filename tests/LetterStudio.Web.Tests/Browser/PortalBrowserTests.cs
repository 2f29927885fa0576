using LetterStudio.Web.Tests.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace LetterStudio.Web.Tests.Browser;

public class PortalBrowserTests : BrowserTests
{
    [Test]
    public async Task A_newcomer_signs_up_confirms_from_the_outbox_mail_adds_a_recipient_orders_asks_for_a_change_approves_and_downloads_the_pdf()
    {
        const string email = "newcomer@example.org";
        const string password = "Fountain-pen-1987";
        var context = await Studio.NewContextAsync(new BrowserNewContextOptions { BaseURL = Studio.BaseUrl });
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
        await Assertions.Expect(page.Locator("#r-postcode ~ .validation-message")).ToContainTextAsync("does not look like a postcode in the United Kingdom");
        Assert.That(await BrowserStudio.SeriousAccessibilityViolationsAsync(page), Is.Empty, "address form with an error");

        await page.GetByLabel("Postcode or ZIP code").FillAsync("yo17hh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to address book" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Added to your address book.");
        await Assertions.Expect(page.Locator("table.orders")).ToContainTextAsync("7 Orchard Lane, YORK, YO1 7HH");
        Assert.That(await BrowserStudio.SeriousAccessibilityViolationsAsync(page), Is.Empty, "address book");
        await BrowserStudio.ScreenshotAsync(page, "portal-address-book");

        var id = await OrderALetterAsync(page);
        var writer = await Studio.SignedInPageAsync(SignIn.Writer, width: 1680);
        await writer.GotoAsync("/queue");
        await writer.GetByRole(AriaRole.Button, new() { Name = $"Claim LS-{id:D6}" }).ClickAsync();
        await OpenDeskAsync(writer, id);
        await writer.GetByRole(AriaRole.Button, new() { Name = "Draft", Exact = true }).ClickAsync();
        await Assertions.Expect(writer.GetByTestId("message")).ToContainTextAsync("Drafted by");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Send proof to customer" }).ClickAsync();
        await Assertions.Expect(writer.GetByTestId("status")).ToHaveTextAsync("InReview");

        const string change = "Please say how he taught me to graft the pear tree.";
        await page.GotoAsync($"/my/orders/{id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Proof, page 1" }).First).ToBeVisibleAsync();
        await WaitForImageAsync(page, "img[alt^='Proof, page 1']");
        await page.GetByLabel("What would you like changed?").FillAsync(change);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask for changes" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Sent to your writer");
        await Assertions.Expect(page.Locator("ol.timeline")).ToContainTextAsync($"You asked for changes: “{change}”");

        await OpenDeskAsync(writer, id);
        await Assertions.Expect(writer.GetByTestId("change-request")).ToContainTextAsync(change);
        await writer.GetByRole(AriaRole.Button, new() { Name = "Send proof to customer" }).ClickAsync();
        await Assertions.Expect(writer.GetByTestId("status")).ToHaveTextAsync("InReview");

        await page.GotoAsync($"/my/orders/{id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve this letter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved");
        Assert.That(await BrowserStudio.SeriousAccessibilityViolationsAsync(page), Is.Empty, "order page");
        await BrowserStudio.ScreenshotAsync(page, "portal-order");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the PDF" }).ClickAsync());
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"portal-LS-{id:D6}.pdf");
        await download.SaveAsAsync(path);
        string text = "";
        await Studio.Factory.WithDbAsync(async db => text = (await db.Letters.Include(l => l.Revisions).SingleAsync(l => l.OrderId == id)).Current!.Text);
        using var pdf = PdfDocument.Open(path);
        Assert.That(NoSpace(string.Concat(pdf.GetPages().Select(p => p.Text))), Does.StartWith(NoSpace(text.Split("\n\n")[0])), "the PDF is the approved letter");
        await context.DisposeAsync();
    }

    /// <summary>The order form, with its live sample: returns the new order's id.</summary>
    private static async Task<int> OrderALetterAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "My orders" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Order a letter" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Order a letter");
        await page.GetByLabel("Recipient").SelectOptionAsync(new SelectOptionValue { Label = "Arthur Newcomer (grandfather)" });
        await page.GetByLabel("Birthday").CheckAsync();
        await page.GetByLabel("What you want said").FillAsync("Ninety today. Thank him for the orchard and the patience.");
        await page.GetByLabel("Memory 1").FillAsync("He let me drive the tractor round the orchard when I was eight.");
        await page.Locator("#m-when-0").FillAsync("summer 1998");
        var sample = page.Locator("#o-sample");
        var before = await sample.GetAttributeAsync("src");
        await page.GetByLabel("Handwriting").SelectOptionAsync("caveat");
        await Assertions.Expect(sample).Not.ToHaveAttributeAsync("src", before!);
        await WaitForImageAsync(page, "#o-sample");
        await page.GetByLabel("Paper").SelectOptionAsync("A4");
        await Assertions.Expect(page.Locator("#o-quote")).ToContainTextAsync("A4 sheet");
        Assert.That(await BrowserStudio.SeriousAccessibilityViolationsAsync(page), Is.Empty, "order form");
        await BrowserStudio.ScreenshotAsync(page, "portal-order-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Place the order" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your order is placed");
        return int.Parse(System.Text.RegularExpressions.Regex.Match(page.Url, @"/my/orders/(\d+)").Groups[1].Value);
    }

    private static async Task WaitForImageAsync(IPage page, string selector) =>
        await page.WaitForFunctionAsync($"() => {{ const i = document.querySelector(\"{selector}\"); return i && i.complete && i.naturalWidth > 0; }}");

    private static async Task OpenDeskAsync(IPage page, int orderId)
    {
        await page.GotoAsync($"/orders/{orderId}/desk");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save revision" })).ToBeEnabledAsync();
    }

    private static string NoSpace(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
