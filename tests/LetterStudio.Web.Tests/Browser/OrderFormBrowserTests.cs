using Microsoft.Playwright;

namespace LetterStudio.Web.Tests.Browser;

/// <summary>
/// The customer's order form and order page in Chromium at desk and phone width: room for the words, the whole sheet
/// and the envelope beside them, a summary before placing, every error at once, and the order's look kept when another
/// order chooses another.
/// </summary>
public class OrderFormBrowserTests : BrowserTests
{
    private static Task<bool> NoSidewaysScrollAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");

    private static Task WaitForImageAsync(IPage page, string selector) =>
        page.WaitForFunctionAsync($"() => {{ const i = document.querySelector(\"{selector}\"); return i && i.complete && i.naturalWidth > 0; }}");

    /// <summary>The image's shown height over width, and its own (drawn) height over width: equal when nothing is cropped.</summary>
    private static async Task<(double Shown, double Drawn)> RatiosAsync(IPage page, string selector)
    {
        var r = await page.EvaluateAsync<double[]>($"() => {{ const i = document.querySelector(\"{selector}\"); const b = i.getBoundingClientRect(); return [b.height / b.width, i.naturalHeight / i.naturalWidth]; }}");
        return (r[0], r[1]);
    }

    [TestCase(1280)]
    [TestCase(390)]
    public async Task The_order_form_gives_the_words_room_shows_the_whole_sheet_and_a_summary_and_fits_the_screen(int width)
    {
        var page = await Studio.SignedInPageAsync(SignIn.Customer, width: width);
        await page.GotoAsync("/my/orders/new");
        // The form starts from the profile's look, which another test's order may have changed: start from A5.
        await page.GetByLabel("Paper").SelectOptionAsync("A5");
        await page.WaitForFunctionAsync("() => document.querySelector('#o-sample').src.includes('paper=A5')");
        await WaitForImageAsync(page, "#o-sample");

        Assert.That(await NoSidewaysScrollAsync(page), Is.True, "no sideways scroll");
        var widths = await page.EvaluateAsync<double[]>("() => [document.querySelector('#o-brief').getBoundingClientRect().width, document.querySelector('main').clientWidth]");
        Assert.That(widths[0], Is.GreaterThanOrEqualTo(widths[1] / 2), $"the brief is {widths[0]:0} px wide in {widths[1]:0} px of content");
        Assert.That(await page.Locator("nav.order-steps li").CountAsync(), Is.EqualTo(7), "a step indicator");
        Assert.That(await page.Locator("#o-brief-count").InnerTextAsync(), Does.Contain("of 8,000 characters"), "the limit is shown before sending");

        var a5 = await RatiosAsync(page, "#o-sample");
        Assert.That(a5.Drawn, Is.EqualTo(210 / 148.0).Within(0.02), "an A5 sheet");
        Assert.That(a5.Shown, Is.EqualTo(a5.Drawn).Within(0.02), "the whole sheet is shown, not its top");
        var before = await page.Locator("#o-sample").GetAttributeAsync("src");
        await page.GetByLabel("Paper").SelectOptionAsync("Card5x7");
        await Assertions.Expect(page.Locator("#o-sample")).Not.ToHaveAttributeAsync("src", before!);
        await WaitForImageAsync(page, "#o-sample");
        var card = await RatiosAsync(page, "#o-sample");
        Assert.That(card.Drawn, Is.EqualTo(7 / 5.0).Within(0.02), "changing the paper changes the sheet");
        Assert.That(card.Shown, Is.EqualTo(card.Drawn).Within(0.02));
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom in" }).ClickAsync();
        var zoomed = await page.EvaluateAsync<double[]>("() => { const i = document.querySelector('#o-sample'); return [i.getBoundingClientRect().width, i.naturalWidth]; }");
        Assert.That(zoomed[0], Is.EqualTo(zoomed[1]).Within(2), "zoomed, the sheet shows at its drawn size");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom out" }).ClickAsync();
        await WaitForImageAsync(page, "#o-envelope");

        await page.GetByLabel("Recipient").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Birthday").CheckAsync();
        await page.GetByLabel("What you want said").FillAsync("Sixty today. Tell him the garden has never looked better.");
        await page.GetByLabel("Handwriting").SelectOptionAsync("breip");
        var summary = page.Locator("#o-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Birthday");
        await Assertions.Expect(summary).ToContainTextAsync("Sixty today.");
        await Assertions.Expect(summary).ToContainTextAsync("Breip");
        await Assertions.Expect(summary).ToContainTextAsync("5×7 card");
        await Assertions.Expect(page.Locator("#o-quote")).ToContainTextAsync("5×7 card, up to 250 words");
        Assert.That(await NoSidewaysScrollAsync(page), Is.True, "still no sideways scroll with everything filled in");
        Assert.That(await BrowserStudio.SeriousAccessibilityViolationsAsync(page), Is.Empty, "order form");
        await BrowserStudio.ScreenshotAsync(page, $"portal-order-form-{width}");
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task An_empty_form_shows_every_error_at_once_each_once_with_the_fields_in_words()
    {
        var page = await Studio.SignedInPageAsync(SignIn.Customer);
        await page.GotoAsync("/my/orders/new");
        await page.Locator("#o-date").FillAsync("2020-01-01");

        await page.GetByRole(AriaRole.Button, new() { Name = "Place the order" }).ClickAsync();

        var errors = page.Locator(".order-errors");
        await Assertions.Expect(errors).ToContainTextAsync("things to check");
        var text = await errors.InnerTextAsync();
        Assert.That(text, Does.Contain("Who it is for").And.Contain("The occasion").And.Contain("What it should say").And.Contain("The day it should arrive"));
        var body = await page.Locator("main").InnerTextAsync();
        foreach (var message in new[] { "Choose who the letter is for.", "Choose the occasion.", "Tell us what the letter should say.", "has passed" })
            Assert.That(System.Text.RegularExpressions.Regex.Matches(body, System.Text.RegularExpressions.Regex.Escape(message)).Count, Is.EqualTo(1), message);
        Assert.That(body, Does.Not.Contain("RequestedDeliveryDate").And.Not.Contain("RecipientId"));
        Assert.That(await BrowserStudio.SeriousAccessibilityViolationsAsync(page), Is.Empty, "order form with errors");
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task Ordered_by_keyboard_the_order_page_shows_what_was_ordered_and_keeps_its_look_after_another_order_and_cancels_behind_a_button()
    {
        var page = await Studio.SignedInPageAsync(SignIn.Customer);
        var first = await OrderByKeyboardAsync(page, "Kristi on A5, please.", "kristi", "A5");
        await OrderByKeyboardAsync(page, "Breip on a card, please.", "breip", "Card5x7");

        await page.GotoAsync($"/my/orders/{first}");
        var facts = page.Locator("#ordered");
        await Assertions.Expect(facts).ToContainTextAsync("Kristi");
        await Assertions.Expect(facts).ToContainTextAsync("A5 letter sheet");
        await Assertions.Expect(facts).ToContainTextAsync("Blue-black");
        await Assertions.Expect(facts).ToContainTextAsync("Addressed by hand");
        await Assertions.Expect(facts).ToContainTextAsync("You see a proof");
        await Assertions.Expect(facts).ToContainTextAsync("37.50 GBP");
        await Assertions.Expect(page.Locator("ul.memories")).ToContainTextAsync("The apple tree we planted.");
        await WaitForImageAsync(page, ".thumbs img[alt^='A sample']");
        await WaitForImageAsync(page, ".thumbs img[alt^='The envelope']");
        var sheet = await RatiosAsync(page, ".thumbs img[alt^='A sample']");
        Assert.That(sheet.Drawn, Is.EqualTo(210 / 148.0).Within(0.02), "still an A5 sheet after the 5x7 order");
        Assert.That(await page.Locator("#x-reason").IsVisibleAsync(), Is.False, "the cancel form is behind a button");
        Assert.That(await BrowserStudio.SeriousAccessibilityViolationsAsync(page), Is.Empty, "order page");
        await BrowserStudio.ScreenshotAsync(page, "portal-order-page-1280");
        await page.SetViewportSizeAsync(390, 800);
        Assert.That(await NoSidewaysScrollAsync(page), Is.True, "the order page fits a phone");
        await BrowserStudio.ScreenshotAsync(page, "portal-order-page-390");
        await page.SetViewportSizeAsync(1280, 900);

        await page.Locator("details.cancel summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#x-reason")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Ordered twice by mistake");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Cancelled");
        await page.Context.CloseAsync();
    }

    /// <summary>Fills the form from the keyboard alone (Tab, arrows, Space, typing) and places it with Enter; returns the order's id.</summary>
    private static async Task<int> OrderByKeyboardAsync(IPage page, string brief, string font, string paper)
    {
        await page.GotoAsync("/my/orders/new");
        await page.Locator("#o-recipient").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        for (var i = 0; i < 10 && await page.EvaluateAsync<string>("() => document.activeElement.type") != "radio"; i++)
            await page.Keyboard.PressAsync("Tab"); // past the address book link, to the first occasion
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "o-brief");
        await page.Keyboard.TypeAsync(brief);
        await TabToAsync(page, "m-text-0");
        await page.Keyboard.TypeAsync("The apple tree we planted.");
        await TabToAsync(page, "o-font");
        await SelectByKeyboardAsync(page, font);
        await TabToAsync(page, "o-paper");
        await SelectByKeyboardAsync(page, paper);
        var steps = 0;
        while (await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()") != "Place the order" && steps++ < 80)
            await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your order is placed");
        return int.Parse(System.Text.RegularExpressions.Regex.Match(page.Url, @"/my/orders/(\d+)").Groups[1].Value);
    }

    private static async Task TabToAsync(IPage page, string id)
    {
        for (var i = 0; i < 80 && await page.EvaluateAsync<string>("() => document.activeElement.id") != id; i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.id"), Is.EqualTo(id), $"Tab reaches #{id}");
    }

    /// <summary>A closed select moves its choice with the arrow keys, as a person does it: Home, then down to the value.</summary>
    private static async Task SelectByKeyboardAsync(IPage page, string value)
    {
        await page.Keyboard.PressAsync("Home");
        for (var i = 0; i < 40 && await page.EvaluateAsync<string>("() => document.activeElement.value") != value; i++)
            await page.Keyboard.PressAsync("ArrowDown");
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.value"), Is.EqualTo(value));
    }
}
