using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Web.Tests.Portal;

public class PortalHomeTests
{
    private StudioFactory factory = null!;

    [OneTimeSetUp]
    public void Start() => factory = new StudioFactory();

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    [Test]
    public async Task The_home_offers_ordering_first_and_lists_the_customers_latest_letters_and_every_part_of_the_portal()
    {
        var client = await SignIn.ClientForAsync(factory, SignIn.Customer);
        var latest = new List<int>();
        await factory.WithDbAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == SignIn.Customer).Select(u => u.CustomerId).SingleAsync();
            latest = await db.Orders.Where(o => o.CustomerId == id && !o.IsTest).OrderByDescending(o => o.Id).Select(o => o.Id).Take(5).ToListAsync();
        });
        Assert.That(latest, Is.Not.Empty, "the demo customer has orders");

        var home = await Forms.GetAsync(client, "/my");

        var order = home.QuerySelector("a.button-primary");
        Assert.That(order?.GetAttribute("href"), Is.EqualTo("/my/orders/new"));
        var recent = home.QuerySelectorAll("ul.recent a").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(recent.Take(latest.Count), Is.EqualTo(latest.Select(id => $"/my/orders/{id}")));
        var statuses = home.QuerySelectorAll("ul.recent .status").Select(s => s.TextContent).ToList();
        Assert.That(statuses, Has.None.Matches<string>(s => Enum.GetNames<OrderStatus>().Contains(s)), "statuses in words");
        var links = home.QuerySelectorAll("ul.portal-links a").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(links, Is.SupersetOf(new[] { "/my/orders", "/my/recipients", "/my/style", "/my/bulk", "/my/keys", "/my/webhooks" }));
    }

    [Test]
    public async Task A_yearly_letter_shows_when_it_comes_next()
    {
        var client = await SignIn.ClientForAsync(factory, SignIn.Customer);
        int yearly = 0;
        DateOnly due = default;
        await factory.WithDbAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == SignIn.Customer).Select(u => u.CustomerId).SingleAsync();
            var order = await db.Orders.Where(o => o.CustomerId == id && !o.IsTest && o.Status != OrderStatus.Cancelled).OrderBy(o => o.Id).FirstAsync();
            order.SetRepeatsYearly(true, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            (yearly, due) = (order.Id, order.RequestedDeliveryDate);
        });

        var home = await Forms.GetAsync(client, "/my");

        var item = home.QuerySelectorAll("section[aria-labelledby=yearly-h] li")
            .SingleOrDefault(li => li.QuerySelector("a")?.GetAttribute("href") == $"/my/orders/{yearly}");
        Assert.That(item, Is.Not.Null, "the yearly letter is listed");
        var next = due;
        var today = DateOnly.FromDateTime(factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        while (next < today) next = next.AddYears(1);
        Assert.That(item!.TextContent, Does.Contain($"next on {next:d MMMM yyyy}"));
    }
}
