using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace LetterStudio.Web.Tests.Browser;

public class DeskBrowserTests : BrowserTests
{
    private static async Task OpenDeskAsync(IPage page, int orderId)
    {
        await page.GotoAsync($"/orders/{orderId}/desk");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync($"Drafting desk: LS-{orderId:D6}");
        // The desk is prerendered; its controls come alive with the circuit.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save revision" })).ToBeEnabledAsync();
    }

    private static ILocator Message(IPage page) => page.GetByTestId("message");

    [Test]
    public async Task A_writer_claims_drafts_edits_sees_the_preview_change_approves_and_downloads_the_pdf()
    {
        // Wide, as on a writer's desk monitor: the desk lays out in three columns.
        var page = await Studio.SignedInPageAsync("writer2@letterStudio.test", width: 1680);
        var id = 0;
        await Studio.Factory.WithDbAsync(async db => id = await db.Orders.Where(o => o.Status == OrderStatus.Received && !o.WantsProof).Select(o => o.Id).FirstAsync());

        await page.GotoAsync("/queue");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Claim LS-{id:D6}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("is yours");
        await OpenDeskAsync(page, id);

        await page.GetByRole(AriaRole.Button, new() { Name = "Draft", Exact = true }).ClickAsync();
        await Assertions.Expect(Message(page)).ToContainTextAsync("Drafted by");
        var editor = page.GetByLabel("Text: salutation");
        var drafted = await editor.InputValueAsync();
        Assert.That(drafted, Does.StartWith("My dearest"), "the salutation from Eleanor's profile");
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("Drafting");
        var preview = page.GetByTestId("preview").First;
        await Assertions.Expect(preview).ToBeVisibleAsync();
        var before = await preview.GetAttributeAsync("src");

        const string added = "And I would do every bit of it again, umbrella and all.";
        var paragraphs = drafted.Split("\n\n");
        paragraphs[1] = paragraphs[1] + " " + added;
        await editor.FillAsync(string.Join("\n\n", paragraphs));
        await Assertions.Expect(preview).Not.ToHaveAttributeAsync("src", before!, new() { Timeout = 15_000 });

        await page.GetByRole(AriaRole.Button, new() { Name = "Save revision" }).ClickAsync();
        await Assertions.Expect(Message(page)).ToContainTextAsync("Saved as revision 2");
        await BrowserStudio.ScreenshotAsync(page, "drafting-desk");

        // Clean type repeats its forms and sets words on straight lines: the report beside the preview says so.
        await page.GetByLabel("Hand", new() { Exact = true }).SelectOptionAsync("0");
        await Assertions.Expect(page.GetByTestId("tells-summary")).ToContainTextAsync("robot tell(s) over the threshold", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("table.tells tr[data-tell=rigid-words]")).ToContainTextAsync("Over");
        await BrowserStudio.ScreenshotAsync(page, "desk-tells");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve and render PDF" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("error")).ToContainTextAsync("Not done: The letter shows robot tells");
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("Drafting");
        const string why = "The customer wants it to look typed.";
        await page.GetByLabel("Reason to approve with these tells").FillAsync(why);
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve and render PDF" }).ClickAsync();
        await Assertions.Expect(Message(page)).ToContainTextAsync("Approved and rendered");
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("Rendered");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"LS-{id:D6}.pdf");
        await download.SaveAsAsync(path);
        using var pdf = PdfDocument.Open(path);
        var pdfText = string.Concat(pdf.GetPages().Select(p => p.Text));
        // Compared without whitespace: a PDF has no line-break characters, so PdfPig runs lines together.
        Assert.That(NoSpace(pdfText), Does.Contain(NoSpace(added)), "the PDF carries the edited text");
        Assert.That(NoSpace(pdfText), Does.StartWith(NoSpace(paragraphs[0])), "and starts with the salutation");
        await Studio.Factory.WithDbAsync(async db =>
        {
            var order = await db.Orders.Include(o => o.History).SingleAsync(o => o.Id == id);
            Assert.That(order.History.Select(h => h.To).TakeLast(3), Is.EqualTo(new[] { OrderStatus.InReview, OrderStatus.Approved, OrderStatus.Rendered }));
            Assert.That(order.History.Single(h => h.To == OrderStatus.Approved).Reason, Does.EndWith($"Reason: {why}"));
            var told = await db.OutboundMail.Where(m => m.To == "eleanor@example.com").Select(m => m.Subject).ToListAsync();
            Assert.That(told, Has.Some.Contains($"is approved (LS-{id:D6})"), "the customer is told, through the mail outbox");
        });
    }

    [Test]
    public async Task The_second_writer_to_save_sees_the_other_version_and_keeps_their_own_text()
    {
        var id = 0;
        await Studio.Factory.WithDbAsync(async db => id = await db.Orders.Where(o => o.Status == OrderStatus.Drafting && o.AssignedWriter == SignIn.Writer).Select(o => o.Id).FirstAsync());
        var wren = await Studio.SignedInPageAsync(SignIn.Writer);
        var admin = await Studio.SignedInPageAsync("admin@letterStudio.test");
        await OpenDeskAsync(wren, id);
        await OpenDeskAsync(admin, id);
        var wrenEditor = wren.GetByLabel("Text: salutation");
        var adminEditor = admin.GetByLabel("Text: salutation");
        await Assertions.Expect(adminEditor).Not.ToBeEmptyAsync();

        await wrenEditor.FillAsync("Hey P,\n\nWren's version of the letter.\n\nYours, always,\nDan");
        await wren.GetByRole(AriaRole.Button, new() { Name = "Save revision" }).ClickAsync();
        await Assertions.Expect(Message(wren)).ToContainTextAsync("Saved as revision");
        await adminEditor.FillAsync("Hey P,\n\nAda's version of the letter.\n\nYours, always,\nDan");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save revision" }).ClickAsync();

        await Assertions.Expect(admin.GetByTestId("error")).ToContainTextAsync("someone else saved this letter first");
        await Assertions.Expect(admin.Locator(".conflict")).ToContainTextAsync("Wren's version of the letter.");
        Assert.That(await adminEditor.InputValueAsync(), Does.Contain("Ada's version"), "nothing the second writer typed is lost");
        await BrowserStudio.ScreenshotAsync(admin, "desk-conflict");

        await admin.GetByRole(AriaRole.Button, new() { Name = "Save revision" }).ClickAsync();
        await Assertions.Expect(Message(admin)).ToContainTextAsync("Saved as revision");
        await Studio.Factory.WithDbAsync(async db =>
        {
            var letter = await db.Letters.Include(l => l.Revisions).SingleAsync(l => l.OrderId == id);
            Assert.That(letter.Revisions.Select(r => r.Text), Has.Some.Contains("Wren's version").And.Some.Contains("Ada's version"));
            Assert.That(letter.Current!.Text, Does.Contain("Ada's version"));
        });
    }

    [Test]
    public async Task The_desk_has_no_serious_accessibility_violations_and_works_from_the_keyboard()
    {
        var id = 0;
        await Studio.Factory.WithDbAsync(async db => id = await db.Orders.Where(o => o.Status == OrderStatus.Assigned && o.AssignedWriter == SignIn.Writer).Select(o => o.Id).FirstAsync());
        var page = await Studio.SignedInPageAsync(SignIn.Writer);
        await OpenDeskAsync(page, id);

        // Tab to the Draft button and press Enter, as a writer who never touches the mouse would.
        await page.GetByLabel("Candidates").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Message(page)).ToContainTextAsync("Drafted by");

        Assert.That(await BrowserStudio.SeriousAccessibilityViolationsAsync(page), Is.Empty);
    }

    [Test]
    public async Task Picking_another_template_changes_the_length_the_check_expects()
    {
        var id = 0;
        await Studio.Factory.WithDbAsync(async db => id = await db.Orders.Where(o => o.Status == OrderStatus.Drafting && o.AssignedWriter == SignIn.Writer).Select(o => o.Id).FirstAsync());
        var catalog = new LetterStudio.Drafting.Templates.TemplateCatalog();
        var condolence = catalog.Get("condolence");
        var page = await Studio.SignedInPageAsync(SignIn.Writer);
        await OpenDeskAsync(page, id);
        var own = catalog.Get("love-letter");
        await Assertions.Expect(page.GetByTestId("check-summary")).ToContainTextAsync($"({own.MinWords}–{own.MaxWords})");

        await page.GetByLabel("Occasion template").SelectOptionAsync("condolence");

        await Assertions.Expect(page.GetByTestId("check-summary")).ToContainTextAsync($"({condolence.MinWords}–{condolence.MaxWords})");
    }

    [TestCase(1280)]
    [TestCase(390)]
    public async Task The_tells_report_sits_beside_the_preview_at_any_width(int width)
    {
        var id = 0;
        await Studio.Factory.WithDbAsync(async db => id = await db.Orders.Where(o => o.Status == OrderStatus.Drafting && o.AssignedWriter == SignIn.Writer).Select(o => o.Id).FirstAsync());
        var page = await Studio.SignedInPageAsync(SignIn.Writer, width: width);
        await OpenDeskAsync(page, id);

        await Assertions.Expect(page.GetByTestId("tells")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        Assert.That(await page.Locator("table.tells tbody tr").CountAsync(), Is.EqualTo(7));
        await BrowserStudio.ScreenshotAsync(page, $"desk-tells-{width}");
        var table = await page.GetByTestId("tells").BoundingBoxAsync();
        Assert.That(table!.X + table.Width, Is.LessThanOrEqualTo(width), "the table fits the window");
    }

    private static string NoSpace(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
