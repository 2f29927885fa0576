using System.Net;
using LetterStudio.Domain.Customers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LetterStudio.Web.Tests.Api;

// Runs beside other fixtures: the bucket refills only when the test moves its fake clock, so a slow machine changes nothing.
public class RateLimitTests
{
    [Test]
    public async Task A_key_over_its_limit_gets_429_with_retry_after_while_another_key_goes_on_and_a_second_later_it_may_call_once_more()
    {
        // The bucket refills on the app's clock: a fake one stands still until the test moves it, however slow the machine.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        await using var studio = new StudioFactory().WithSettings(new() { ["Api:RateLimit:Burst"] = "3", ["Api:RateLimit:PermitsPerSecond"] = "1" });
        await using var factory = studio.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        string busy = "", quiet = "";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LetterStudio.Data.LetterStudioDbContext>();
            var customers = await db.Customers.OrderBy(c => c.Id).Take(2).ToListAsync();
            var (k1, s1) = ApiKey.Create(customers[0].Id, "busy", false, DateTimeOffset.UtcNow);
            var (k2, s2) = ApiKey.Create(customers[1].Id, "quiet", false, DateTimeOffset.UtcNow);
            db.ApiKeys.AddRange(k1, k2);
            await db.SaveChangesAsync();
            (busy, quiet) = (s1, s2);
        }
        var busyClient = factory.CreateClient();
        busyClient.DefaultRequestHeaders.Add("X-Api-Key", busy);
        var quietClient = factory.CreateClient();
        quietClient.DefaultRequestHeaders.Add("X-Api-Key", quiet);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 6; i++)
        {
            var response = await busyClient.GetAsync("/api/v1/occasions");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) refused ??= response;
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests }), "a burst of three, then refused while the clock stands still");
        Assert.That(int.Parse(refused!.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(1));
        Assert.That(refused.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await quietClient.GetAsync("/api/v1/occasions")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "limits are per key");

        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.That((await busyClient.GetAsync("/api/v1/occasions")).StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "no token back before the second is up");
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.That((await busyClient.GetAsync("/api/v1/occasions")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "one token back a second later");
        Assert.That((await busyClient.GetAsync("/api/v1/occasions")).StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "and only one");
    }
}
