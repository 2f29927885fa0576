using System.Net;
using System.Security.Cryptography;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Printing;
using LetterStudio.Handwriting;
using LetterStudio.Printing.Jobs.Batches;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Web.Tests.PrintRoom;

/// <summary>The print room with the web app as the job node (Printing:RunJobsInWeb, the default).</summary>
public class PrintRoomTests
{
    private StudioFactory factory = null!;
    private IReadOnlyList<int> seeded = [];

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = new StudioFactory().WithSettings(new() { ["Printing:PartSize"] = "2" });
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        seeded = await RenderedLetterSeeder.SeedAsync(scope.ServiceProvider.GetRequiredService<LetterStudio.Data.LetterStudioDbContext>(),
            scope.ServiceProvider.GetRequiredService<HandwritingRenderer>(), 3, uniqueText: false, TimeProvider.System);
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    [Test]
    public async Task A_print_operator_makes_a_batch_it_builds_in_the_web_app_and_its_files_download_with_their_recorded_sha256()
    {
        var print = await SignIn.ClientForAsync(factory, SignIn.PrintOperator);
        var room = await Forms.GetAsync(print, "/print");
        Assert.That(room.QuerySelector("table.groups")!.TextContent, Does.Contain("A4").And.Contain("A5"));

        var created = await Forms.SubmitAsync(print, "/print", "create", new Dictionary<string, string> { ["Rule.Max"] = "3" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await created.Content.ReadAsStringAsync());
        var batchUrl = created.Headers.Location!.ToString();
        var batchId = int.Parse(batchUrl.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        var until = DateTime.UtcNow.AddMinutes(2);
        PrintBatch batch;
        do
        {
            await Task.Delay(250);
            batch = null!;
            await factory.WithDbAsync(async db => batch = await db.PrintBatches.AsNoTracking().Include(b => b.Files).SingleAsync(b => b.Id == batchId));
        } while (batch.Status == PrintBatchStatus.Building && DateTime.UtcNow < until);
        Assert.That(batch.Status, Is.EqualTo(PrintBatchStatus.Built), batch.FailureReason);
        // The job store is this app's own database (not a default data folder's).
        var qrtz = 0;
        await factory.WithDbAsync(async db => qrtz = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM QRTZ_SCHEDULER_STATE").SingleAsync());
        Assert.That(qrtz, Is.GreaterThan(0));

        var page = await Forms.GetAsync(print, batchUrl);
        var links = page.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.That(links, Has.Count.EqualTo(4));
        foreach (var file in batch.Files)
        {
            var response = await print.GetAsync($"/print/batches/{batchId}/files/{file.Id}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), file.FileName);
            Assert.That(Convert.ToHexStringLower(SHA256.HashData(await response.Content.ReadAsByteArrayAsync())), Is.EqualTo(file.Sha256), file.FileName);
        }
        Assert.That((await print.GetAsync($"/print/batches/{batchId + 1000}/files/{batch.Files[0].Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound),
            "a file is found only through its own batch");

        // Page thumbnails of the letters and envelopes files: PNGs drawn from the built PDFs, kept beside them, refused to others.
        var thumbs = page.QuerySelectorAll("figure.thumbs img").Select(i => i.GetAttribute("src")!).ToList();
        Assert.That(thumbs, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(page.QuerySelectorAll("figure.thumbs figcaption").Select(c => c.TextContent), Has.Some.StartsWith("letters").And.Some.StartsWith("envelopes"));
        foreach (var src in thumbs)
        {
            var png = await print.GetAsync(src);
            Assert.That(png.StatusCode, Is.EqualTo(HttpStatusCode.OK), src);
            Assert.That(png.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
            var bytes = await png.Content.ReadAsByteArrayAsync();
            Assert.That(bytes[..8], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), src);
            Assert.That(System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), Is.EqualTo(180), "the configured width");
        }
        Assert.That(Directory.GetFiles(Path.Combine(factory.DataFolder, "print"), "*.png", SearchOption.AllDirectories), Has.Length.EqualTo(thumbs.Count),
            "drawn once each and kept with the batch's files");
        var writerClient = await SignIn.ClientForAsync(factory, SignIn.Writer);
        var refused = await writerClient.GetAsync(thumbs[0]);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(refused.Headers.Location!.ToString(), Does.Contain("/account/denied"));
        var customer = await SignIn.ClientForAsync(factory, SignIn.Customer);
        Assert.That((await customer.GetAsync(thumbs[0])).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(thumbs[0])).StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
        var letters = batch.Files.Single(f => f.Kind == PrintFileKind.Letters);
        Assert.That((await print.GetAsync($"/print/batches/{batchId}/files/{letters.Id}/pages/{letters.Pages + 1}.png")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var printed = await Forms.SubmitAsync(print, batchUrl, "printed");
        Assert.That(printed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        List<OrderStatus> statuses = [];
        await factory.WithDbAsync(async db => statuses = await db.Orders.Where(o => seeded.Contains(o.Id)).Select(o => o.Status).ToListAsync());
        Assert.That(statuses, Is.All.EqualTo(OrderStatus.Printed));

        // The date on the form is the one recorded: the field is named for the bound model ("Mailed.On").
        var printedPage = await Forms.GetAsync(print, batchUrl);
        var postedOn = DateOnly.ParseExact(printedPage.QuerySelector("input#mailed-on")!.GetAttribute("value")!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(printedPage.QuerySelector("input#mailed-on")!.GetAttribute("name"), Is.EqualTo("Mailed.On"));
        var mailed = await Forms.SubmitAsync(print, printedPage, batchUrl, "mailed");
        Assert.That(mailed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await mailed.Content.ReadAsStringAsync());
        DateOnly? mailedOn = null;
        await factory.WithDbAsync(async db => mailedOn = await db.PrintBatches.Where(b => b.Id == batchId).Select(b => b.MailedOn).SingleAsync());
        Assert.That(mailedOn, Is.EqualTo(postedOn));
    }

    [Test]
    public async Task A_writer_is_refused_the_print_room_its_batches_files_and_actions()
    {
        var writer = await SignIn.ClientForAsync(factory, SignIn.Writer);
        int batchId = 0, fileId = 0;
        await factory.WithDbAsync(async db =>
        {
            var batch = new PrintBatch(null, false, 5, "test", DateTimeOffset.UtcNow);
            db.PrintBatches.Add(batch);
            await db.SaveChangesAsync();
            batchId = batch.Id;
            var file = new PrintBatchFile(PrintFileKind.ManifestCsv, "print/none.csv", 1, new string('0', 64), 1);
            batch.AddReprintFile(file);
            await db.SaveChangesAsync();
            fileId = file.Id;
        });

        foreach (var url in new[] { "/print", $"/print/batches/{batchId}", $"/print/batches/{batchId}/files/{fileId}" })
        {
            var response = await writer.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), url);
            Assert.That(response.Headers.Location!.ToString(), Does.Contain("/account/denied"), url);
        }

        // The writer's own valid antiforgery token, from a page the writer may open: the refusal is the role's.
        var queue = await Forms.GetAsync(writer, "/queue");
        var token = queue.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await writer.PostAsync($"/print/batches/{batchId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "printed",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(post.Headers.Location!.ToString(), Does.Contain("/account/denied"));
        var status = PrintBatchStatus.Open;
        await factory.WithDbAsync(async db => status = await db.PrintBatches.Where(b => b.Id == batchId).Select(b => b.Status).SingleAsync());
        Assert.That(status, Is.EqualTo(PrintBatchStatus.Open));
    }

    [Test]
    public async Task A_print_operator_is_refused_the_queue_and_the_writing_desk()
    {
        var print = await SignIn.ClientForAsync(factory, SignIn.PrintOperator);
        var orderId = 0;
        await factory.WithDbAsync(async db => orderId = await db.Orders.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());

        foreach (var url in new[] { "/queue", $"/orders/{orderId}/desk" })
        {
            var response = await print.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), url);
            Assert.That(response.Headers.Location!.ToString(), Does.Contain("/account/denied"), url);
        }
    }
}
