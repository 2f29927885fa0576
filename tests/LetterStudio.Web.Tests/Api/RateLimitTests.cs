using System.Net;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Api;

// Alone: it counts requests against the real clock, which a fixture running beside it would slow.
[NonParallelizable]
public class RateLimitTests
{
    [Test]
    public async Task A_key_over_its_limit_gets_429_with_retry_after_while_another_key_goes_on()
    {
        await using var factory = new StudioFactory().WithSettings(new() { ["Api:RateLimit:Burst"] = "3", ["Api:RateLimit:PermitsPerSecond"] = "1" });
        string busy = "", quiet = "";
        await factory.WithDbAsync(async db =>
        {
            var customers = await db.Customers.OrderBy(c => c.Id).Take(2).ToListAsync();
            var (k1, s1) = ApiKey.Create(customers[0].Id, "busy", false, DateTimeOffset.UtcNow);
            var (k2, s2) = ApiKey.Create(customers[1].Id, "quiet", false, DateTimeOffset.UtcNow);
            db.ApiKeys.AddRange(k1, k2);
            await db.SaveChangesAsync();
            (busy, quiet) = (s1, s2);
        });
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

        Assert.That(statuses.Take(3), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(refused, Is.Not.Null, string.Join(", ", statuses));
        Assert.That(int.Parse(refused!.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(1));
        Assert.That(refused.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await quietClient.GetAsync("/api/v1/occasions")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "limits are per key");
    }
}
