using LetterStudio.Application.Letters;
using LetterStudio.Drafting.Anecdotes;
using LetterStudio.Drafting.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Drafting.Tests.Anecdotes;

public sealed class AnecdoteRankingTests
{
    private DraftingStudio studio = null!;

    [SetUp]
    public async Task Start() => studio = await DraftingStudio.CreateAsync();

    [TearDown]
    public async Task Stop() => await studio.DisposeAsync();

    private Task<DraftingContext> LoadAsync(int orderId) =>
        studio.InScopeAsync(sp => sp.GetRequiredService<DraftingContextLoader>().LoadAsync(orderId, CancellationToken.None));

    /// <summary>Finds a seeded anecdote's id by how its text begins.</summary>
    private async Task<Func<string, int>> AnecdoteIdsAsync()
    {
        await using var db = studio.Open();
        var all = await db.Anecdotes.Select(a => new { a.Id, a.Text }).ToListAsync();
        return start => all.Single(a => a.Text.StartsWith(start, StringComparison.Ordinal)).Id;
    }

    [Test]
    public async Task The_customers_picks_come_first_then_relevant_anecdotes_of_the_same_recipient()
    {
        var ids = await AnecdoteIdsAsync();
        var order = await studio.OrderForAsync("anniversary");

        var ranking = (await LoadAsync(order.Id)).Ranking;

        Assert.That(ranking.Included.Select(r => r.Anecdote.Id), Is.EqualTo(new[]
        {
            ids("We met in the rain"), ids("When I was ill"), ids("On our honeymoon in"),
        }), "the customer's two picks, the first meeting leading on relevance, then the honeymoon, relevant to an anniversary");
        Assert.That(ranking.All.Select(r => r.Anecdote.Text), Has.None.Contain("Mum"), "memories of the customer's mother are not her husband's");
    }

    [Test]
    public async Task A_writers_pin_ranks_after_the_customers_picks_and_before_the_writers_other_choices()
    {
        var ids = await AnecdoteIdsAsync();
        var orderId = await studio.PlaceAssignedAsync("eleanor@example.com", "birthday", [ids("When I was ill")], pinned: [ids("On our honeymoon in")]);
        await using (var db = studio.Open())
        {
            var order = await db.Orders.Include(o => o.Anecdotes).SingleAsync(o => o.Id == orderId);
            order.ChooseAnecdote(ids("We met in the rain"), pinned: false);
            await db.SaveChangesAsync();
        }

        var ranking = (await LoadAsync(orderId)).Ranking;

        Assert.That(ranking.Included.Select(r => (r.Anecdote.Id, r.Pinned, r.PickedByCustomer)), Is.EqualTo(new[]
        {
            (ids("When I was ill"), false, true), (ids("On our honeymoon in"), true, false), (ids("We met in the rain"), false, false),
        }));
    }

    [Test]
    public async Task An_anecdote_used_in_a_sent_letter_to_the_same_recipient_is_left_out_unless_pinned_or_picked_by_the_customer()
    {
        var ids = await AnecdoteIdsAsync();
        var priyaLetterOrder = (await studio.OrderForAsync("love-letter")).Id;
        var dogMountain = ids("Priya and I got");
        var whileDrafting = (await LoadAsync(await studio.PlaceAssignedAsync("daniel@example.com", "birthday", pinned: []))).Ranking;
        await studio.ApproveAsync(priyaLetterOrder);

        var suggested = (await LoadAsync(await studio.PlaceAssignedAsync("daniel@example.com", "birthday"))).Ranking;
        var pinned = (await LoadAsync(await studio.PlaceAssignedAsync("daniel@example.com", "birthday", [], pinned: [dogMountain]))).Ranking;
        var picked = (await LoadAsync(await studio.PlaceAssignedAsync("daniel@example.com", "birthday", [dogMountain]))).Ranking;

        // A draft still in progress is not an earlier letter: its anecdotes are free to use.
        Assert.That(whileDrafting.All.Single(r => r.Anecdote.Id == dogMountain).UsedInOrderId, Is.Null);
        var left = suggested.All.Single(r => r.Anecdote.Id == dogMountain);
        Assert.That(left.Included, Is.False);
        Assert.That(left.LeftOutReason, Does.Contain($"already used in the letter of order {priyaLetterOrder}"));
        Assert.That(pinned.Included.Select(r => r.Anecdote.Id), Does.Contain(dogMountain));
        Assert.That(picked.Included.Select(r => r.Anecdote.Id), Does.Contain(dogMountain), "the customer's own pick is always kept");
    }

    [Test]
    public async Task Unchosen_anecdotes_are_added_only_when_relevant_and_only_up_to_the_limit()
    {
        await studio.DisposeAsync();
        studio = await DraftingStudio.CreateAsync(new() { ["Drafting:MaxAnecdotes"] = "1" });
        var ids = await AnecdoteIdsAsync();
        var irrelevant = await studio.AddAnecdoteAsync("eleanor@example.com", "The boiler man came on a Tuesday.", "2023", general: true);

        var ranking = (await LoadAsync(await studio.PlaceAssignedAsync("eleanor@example.com", "anniversary", [ids("When I was ill")]))).Ranking;

        Assert.That(ranking.Included.Select(r => r.Anecdote.Id), Is.EqualTo(new[] { ids("When I was ill") }));
        Assert.That(ranking.LeftOut.Single(r => r.Anecdote.Id == ids("We met in the rain")).LeftOutReason, Does.Contain("1 anecdote(s) are enough"));
        Assert.That(ranking.LeftOut.Single(r => r.Anecdote.Id == irrelevant.Id).LeftOutReason, Does.Contain("not relevant"));
    }

    [Test]
    public async Task Between_equally_relevant_anecdotes_the_more_recent_comes_first()
    {
        var older = await studio.AddAnecdoteAsync("sophie@example.com", "We walked along the canal.", "summer 1999", ["outing"]);
        var newer = await studio.AddAnecdoteAsync("sophie@example.com", "We walked along the river.", "summer 2015", ["outing"]);

        var ranking = (await LoadAsync(await studio.PlaceAssignedAsync("sophie@example.com", "apology", [older.Id, newer.Id]))).Ranking;

        Assert.That(ranking.Included.Select(r => r.Anecdote.Id).Take(2), Is.EqualTo(new[] { newer.Id, older.Id }));
    }

    [TestCase(null, "summer 2019", 2019)]
    [TestCase(null, "the 1980s", 1980)]
    [TestCase("2004-10-16", null, 2004)]
    [TestCase(null, "when we were young", 2026)]
    public void An_anecdotes_year_comes_from_its_date_its_words_or_when_it_was_written_down(string? on, string? when, int year)
    {
        var anecdote = TestModels.Stored(1, 1, "Text.", [], on is null ? null : DateOnly.Parse(on), when);

        Assert.That(AnecdoteRanker.Year(anecdote), Is.EqualTo(year));
    }
}
