using System.Net;
using LetterStudio.Handwriting;
using LetterStudio.Printing.Jobs.Batches;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Web.Tests.PrintRoom;

/// <summary>A batch made from the letters the operator ticks, rather than by a rule.</summary>
public class PrintRoomSelectionTests
{
    private StudioFactory factory = null!;
    private IReadOnlyList<int> seeded = [];

    [OneTimeSetUp]
    public async Task Start()
    {
        // No job node here: the test is about what goes into the batch, not building it.
        factory = new StudioFactory().WithSettings(new() { ["Printing:RunJobsInWeb"] = "false" });
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        seeded = await RenderedLetterSeeder.SeedAsync(scope.ServiceProvider.GetRequiredService<LetterStudio.Data.LetterStudioDbContext>(),
            scope.ServiceProvider.GetRequiredService<HandwritingRenderer>(), 3, uniqueText: false, TimeProvider.System);
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    [Test]
    public async Task The_ticked_letters_and_only_they_make_the_batch_and_a_letter_already_batched_is_named()
    {
        var print = await SignIn.ClientForAsync(factory, SignIn.PrintOperator);
        var page = await Forms.GetAsync(print, "/print");
        Assert.That(page.QuerySelectorAll("input[name=pick]").Select(i => i.GetAttribute("value")),
            Is.SupersetOf(seeded.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        var made = await Forms.SubmitAsync(print, page, "/print", "select", new Dictionary<string, string> { ["pick"] = seeded[1].ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.That(made.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await made.Content.ReadAsStringAsync());
        var batchId = int.Parse(made.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        List<int> inBatch = [];
        await factory.WithDbAsync(async db => inBatch = await db.PrintBatchItems.Where(i => i.PrintBatchId == batchId).Select(i => i.OrderId).ToListAsync());
        Assert.That(inBatch, Is.EqualTo(new[] { seeded[1] }));

        var again = await Forms.SubmitAsync(print, page, "/print", "select", new Dictionary<string, string> { ["pick"] = seeded[1].ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await again.Content.ReadAsStringAsync(), Does.Contain(LetterStudio.Domain.Orders.Order.ReferenceOf(seeded[1])).And.Contain("not waiting to print"));
    }
}
