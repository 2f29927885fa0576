using LetterStudio.Web.Features.Api;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LetterStudio.Web.Tests.Api;

/// <summary>The API's one per-node cache: a size limit, per-customer eviction, and time from the app's TimeProvider.</summary>
public class ApiCacheTests
{
    private static ApiCache Cache(int maxEntries, TimeProvider time) => new(Options.Create(new ApiCacheOptions { MaxEntries = maxEntries }), time);

    [Test]
    public async Task The_cache_never_holds_more_than_its_limit_and_makes_room_for_new_entries_by_dropping_old_ones()
    {
        using var cache = Cache(100, TimeProvider.System);
        for (var i = 0; i < 100; i++) cache.Set(("total", i), new Stamped<int>(i % 7, 1, i), TimeSpan.FromMinutes(5));
        Assert.That(cache.Count, Is.EqualTo(100));

        for (var i = 100; i < 300; i++)
        {
            cache.Set(("total", i), new Stamped<int>(i % 7, 1, i), TimeSpan.FromMinutes(5));
            Assert.That(cache.Count, Is.LessThanOrEqualTo(100), $"after entry {i}");
        }
        // Compaction runs beside the caller: once it has dropped the least recently used, a new entry fits again.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (cache.Count >= 100 && DateTime.UtcNow < deadline) await Task.Delay(20);
        cache.Set(("total", "late"), new Stamped<int>(1, 1, 42), TimeSpan.FromMinutes(5));
        Assert.That(cache.Find<int>(("total", "late"))?.Value, Is.EqualTo(42));
        Assert.That(cache.Count, Is.LessThanOrEqualTo(100));
    }

    [Test]
    public void Evicting_a_customer_drops_every_entry_of_theirs_and_none_of_anyone_elses()
    {
        using var cache = Cache(1000, new FakeTimeProvider(DateTimeOffset.UtcNow));
        foreach (var customer in new[] { 1, 2 })
            for (var i = 0; i < 5; i++) cache.Set((customer, i), new Stamped<string>(customer, 9, $"{customer}-{i}"), TimeSpan.FromMinutes(1));

        cache.Evict(1);

        Assert.That(Enumerable.Range(0, 5).Select(i => cache.Find<string>((1, i))), Is.All.Null);
        Assert.That(Enumerable.Range(0, 5).Select(i => cache.Find<string>((2, i))?.Value), Is.EqualTo(Enumerable.Range(0, 5).Select(i => $"2-{i}")));

        // A customer evicted can be cached again, and evicted again.
        cache.Set((1, 0), new Stamped<string>(1, 10, "again"), TimeSpan.FromMinutes(1));
        Assert.That(cache.Find<string>((1, 0))?.Value, Is.EqualTo("again"));
        cache.Evict(1);
        Assert.That(cache.Find<string>((1, 0)), Is.Null);
    }

    [Test]
    public void An_entry_lives_its_lifetime_on_the_apps_clock_and_a_zero_lifetime_keeps_nothing()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var cache = Cache(1000, time);
        cache.Set("key", new Stamped<int>(3, 5, 7), TimeSpan.FromSeconds(30));
        cache.Set("none", new Stamped<int>(3, 5, 7), TimeSpan.Zero);

        time.Advance(TimeSpan.FromSeconds(29));
        Assert.That(cache.Find<int>("key")?.Value, Is.EqualTo(7));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.That(cache.Find<int>("key"), Is.Null);
        Assert.That(cache.Find<int>("none"), Is.Null);
    }
}
