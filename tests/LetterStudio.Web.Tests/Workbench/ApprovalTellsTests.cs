using LetterStudio.Application.Letters;
using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using LetterStudio.Inspection;
using LetterStudio.Web.Features.Desk;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Web.Tests.Workbench;

/// <summary>
/// Approving a letter whose PDF shows robot tells over their thresholds needs the writer's reason, and the history
/// keeps it. The letters are written in clean type (realism 0) by the real engine: it repeats its forms and sets
/// every word on a straight line, so the tells are there whatever the engine's default hand becomes.
/// </summary>
public class ApprovalTellsTests
{
    private const string Writer = "writer@letterstudio.test";
    private StudioFactory factory = null!;

    [OneTimeSetUp]
    public void Start() => factory = new StudioFactory();

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    /// <summary>An order whose customer left approval to the studio, claimed by the writer and drafted (offline composer).</summary>
    private static async Task<(int Id, DeskLook CleanType)> DraftedOrderAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>();
        // A new order like the seed's first one the studio approves, so each test has its own.
        var like = await db.Orders.AsNoTracking().Where(o => !o.WantsProof).OrderBy(o => o.Id).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var order = Order.Place(new OrderDetails(like.CustomerId, like.RecipientId, like.OccasionKey, like.Brief, null,
            DateOnly.FromDateTime(now.UtcDateTime).AddDays(20), like.PriceCents, like.Currency, WantsProof: false, null, []), "test", now);
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        order.AssignTo(Writer, Writer, now);
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<DraftLetter>().HandleAsync(new DraftRequest(order.Id, Writer));
        var look = await db.StyleProfiles.AsNoTracking().Where(p => p.CustomerId == order.CustomerId).OrderByDescending(p => p.Version).Select(p => p.Look).FirstAsync();
        return (order.Id, DeskLook.From(look) with { Realism = 0 });
    }

    private static async Task<(int DocumentId, int Pages)> ApproveAsync(IServiceProvider services, int id, DeskLook look, string? reason)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApproveLetter>().HandleAsync(id, new Viewer(Writer, false), look, reason);
    }

    private static async Task<(OrderStatus Status, List<OrderStatusChange> History, int Documents)> StateAsync(IServiceProvider services, int id)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>();
        var order = await db.Orders.AsNoTracking().Include(o => o.History).SingleAsync(o => o.Id == id);
        var documents = await db.LetterDocuments.CountAsync(d => db.Letters.Any(l => l.Id == d.LetterId && l.OrderId == id));
        return (order.Status, order.History.OrderBy(h => h.Id).ToList(), documents);
    }

    [Test]
    public async Task Approving_a_letter_over_a_tells_threshold_without_a_reason_is_refused_and_nothing_changes()
    {
        var (id, look) = await DraftedOrderAsync(factory.Services);
        var before = await StateAsync(factory.Services, id);

        var refused = Assert.ThrowsAsync<DomainValidationException>(() => ApproveAsync(factory.Services, id, look, reason: "  "));

        Assert.That(refused!.Field, Is.EqualTo("TellsReason"));
        Assert.That(refused.Reason, Does.Contain("robot tells over their thresholds").And.Contain("Rigid words"));
        var after = await StateAsync(factory.Services, id);
        Assert.That(after.Status, Is.EqualTo(OrderStatus.Drafting));
        Assert.That(after.History.Count, Is.EqualTo(before.History.Count));
        Assert.That(after.Documents, Is.Zero);
    }

    [Test]
    public async Task Approving_it_with_a_reason_renders_it_and_the_history_keeps_the_reason()
    {
        var (id, look) = await DraftedOrderAsync(factory.Services);

        await ApproveAsync(factory.Services, id, look, "The customer asked for a tidy, typed-looking hand.");

        var after = await StateAsync(factory.Services, id);
        Assert.That(after.Status, Is.EqualTo(OrderStatus.Rendered));
        Assert.That(after.Documents, Is.EqualTo(1));
        var approved = after.History.Single(h => h.To == OrderStatus.Approved);
        Assert.That(approved.Actor, Is.EqualTo(Writer));
        Assert.That(approved.Reason, Does.StartWith("Approved revision 1 over the robot tells thresholds (")
            .And.Contain("Rigid words").And.EndWith("Reason: The customer asked for a tidy, typed-looking hand."));
    }

    [Test]
    public async Task A_letter_within_every_threshold_is_approved_without_a_reason()
    {
        // Thresholds no letter passes: the same letter is then clean, and approval asks for nothing.
        await using var lenient = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(new TellThresholds
        {
            MaxIdenticalDoubledLetters = int.MaxValue, MaxIdenticalRepeatedWords = int.MaxValue, MaxRigidFraction = 2, MaxTouchingPairs = int.MaxValue,
            MaxInkSteps = int.MaxValue, MaxFallbackTellGlyphs = int.MaxValue, MinPageFullness = 0,
        })));
        var (id, look) = await DraftedOrderAsync(lenient.Services);

        await ApproveAsync(lenient.Services, id, look, reason: null);

        var after = await StateAsync(lenient.Services, id);
        Assert.That(after.Status, Is.EqualTo(OrderStatus.Rendered));
        Assert.That(after.History.Single(h => h.To == OrderStatus.Approved).Reason, Is.EqualTo("Approved revision 1"));
    }
}
