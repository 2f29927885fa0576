using System.Net;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Workbench;

public class LetterFilesTests
{
    private StudioFactory factory = null!;

    [OneTimeSetUp]
    public void Start() => factory = new StudioFactory();

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    private async Task<int> DraftingOrderAsync()
    {
        var id = 0;
        await factory.WithDbAsync(async db => id = await db.Orders.Where(o => o.Status == OrderStatus.Drafting).Select(o => o.Id).SingleAsync());
        return id;
    }

    [Test]
    public async Task A_preview_is_a_png_of_the_page_at_the_asked_resolution()
    {
        var wren = await SignIn.ClientForAsync(factory, SignIn.Writer);
        var id = await DraftingOrderAsync();

        var small = await wren.GetAsync($"/orders/{id}/preview/1.png?dpi=50");
        var large = await wren.GetAsync($"/orders/{id}/preview/1.png?dpi=100");

        Assert.That(small.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(small.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
        var (w1, h1) = PngSize(await small.Content.ReadAsByteArrayAsync());
        var (w2, h2) = PngSize(await large.Content.ReadAsByteArrayAsync());
        // Daniel's profile writes on US Letter: 8.5 x 11 in.
        Assert.That((w1, h1), Is.EqualTo((425, 550)));
        Assert.That((w2, h2), Is.EqualTo((850, 1100)));
    }

    [Test]
    public async Task A_page_past_the_end_is_not_found_and_a_silly_resolution_is_refused()
    {
        var wren = await SignIn.ClientForAsync(factory, SignIn.Writer);
        var id = await DraftingOrderAsync();

        Assert.That((await wren.GetAsync($"/orders/{id}/preview/9.png")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var bad = await wren.GetAsync($"/orders/{id}/preview/1.png?dpi=5000");
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await bad.Content.ReadAsStringAsync(), Does.Contain("dpi"));
    }

    [Test]
    public async Task Another_writer_gets_nothing_of_the_letter()
    {
        var sam = await SignIn.ClientForAsync(factory, "writer2@letterstudio.test");
        var id = await DraftingOrderAsync();

        Assert.That((await sam.GetAsync($"/orders/{id}/preview/1.png")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await sam.GetAsync($"/orders/{id}/letter.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task There_is_no_pdf_before_the_letter_is_approved()
    {
        var wren = await SignIn.ClientForAsync(factory, SignIn.Writer);

        Assert.That((await wren.GetAsync($"/orders/{await DraftingOrderAsync()}/letter.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.That(png[..8], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "a PNG signature");
        int Read(int at) => (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
        return (Read(16), Read(20));
    }
}
