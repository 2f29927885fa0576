using System.Text;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LetterStudio.Web.Tests.Browser;

public class VoiceBrowserTests : BrowserTests
{
    private const string Eml = "From: Eleanor <eleanor@example.com>\r\nTo: Tom <tom@example.com>\r\nSubject: Sunday\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
        "Tom, love, I've booked the table for Sunday. Don't be late this time, and do wear the blue jumper; it's my favourite.\r\n\r\n-- \r\nEleanor\r\n";

    [Test]
    public async Task A_customer_pastes_and_uploads_her_own_writing_and_the_pages_fit_a_phone()
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await Studio.SignedInPageAsync(SignIn.Customer, width: width);
            await page.GotoAsync("/my/writing");
            if (width == 1280)
            {
                await page.GetByLabel("What it is").FillAsync("Note to Hattie");
                await page.GetByLabel("Your words").FillAsync("Hattie, honestly, I can't thank you enough for Sunday. The colour of the river was something. I'd forgotten how much I love a long walk with a proper friend.");
                await page.GetByRole(AriaRole.Button, new() { Name = "Add it" }).ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Added");
                await page.GetByLabel("File (.txt or .eml").SetInputFilesAsync(new FilePayload { Name = "sunday.eml", MimeType = "message/rfc822", Buffer = Encoding.UTF8.GetBytes(Eml) });
                await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Added");
                await Assertions.Expect(page.Locator("article.sample")).ToHaveCountAsync(2);
                await Assertions.Expect(page.Locator("article.sample").Nth(1)).ToContainTextAsync("blue jumper");
                await Assertions.Expect(page.Locator("article.sample").Nth(1)).Not.ToContainTextAsync("-- ");
                Assert.That(await BrowserStudio.SeriousAccessibilityViolationsAsync(page), Is.Empty, "your own writing");
            }
            await BrowserStudio.ScreenshotAsync(page, $"my-writing-{width}");
            Assert.That(await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(width), "no sideways scrolling");

            await page.GotoAsync("/my/style");
            await BrowserStudio.ScreenshotAsync(page, $"my-style-{width}");
            Assert.That(await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(width), "no sideways scrolling");
            if (width == 1280) Assert.That(await BrowserStudio.SeriousAccessibilityViolationsAsync(page), Is.Empty, "style questionnaire");
            await page.Context.CloseAsync();
        }
    }

    [Test]
    public async Task The_writer_sees_the_client_s_voice_and_who_is_in_each_memory_on_the_dossier()
    {
        var orderId = 0;
        await Studio.Factory.WithDbAsync(async db =>
        {
            var order = await db.Orders.Where(o => o.Status == OrderStatus.Drafting).SingleAsync();
            orderId = order.Id;
            db.VoiceSamples.Add(new Domain.Voice.VoiceSample(order.CustomerId, "to Priya", "Honestly, I reckon the colour was perfect. I'm hopeless at this, but I'd paint it again – every wall of it. My favourite room, honestly.",
                Domain.Voice.VoiceSampleSource.Pasted, false, "test", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await Studio.SignedInPageAsync(SignIn.Writer, width: width);
            await page.GotoAsync($"/orders/{orderId}/dossier");
            await Assertions.Expect(page.Locator("#voice-h")).ToHaveTextAsync("The client's own writing");
            await Assertions.Expect(page.Locator(".voice-figures")).ToContainTextAsync("per 100 words");
            await BrowserStudio.ScreenshotAsync(page, $"dossier-voice-{width}");
            Assert.That(await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(width), "no sideways scrolling");
            if (width == 1280) Assert.That(await BrowserStudio.SeriousAccessibilityViolationsAsync(page), Is.Empty, "dossier");
            await page.Context.CloseAsync();
        }
    }
}
