using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LetterStudio.Application.Customers;
using LetterStudio.Domain.Customers;
using LetterStudio.Web.Features.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Web.Tests.Api;

/// <summary>
/// Two web nodes on one database file, each with its own cache: what one node changes, the other's cache must not hide.
/// Node B is asked first, so it has the key and the total cached before node A changes them.
/// </summary>
public class CacheAcrossNodesTests
{
    private StudioFactory nodeA = null!, nodeB = null!;
    private int eleanorId, jamesId;

    [OneTimeSetUp]
    public async Task Start()
    {
        nodeA = new StudioFactory();
        await nodeA.WithDbAsync(async db =>
        {
            var eleanor = await db.Customers.Include(c => c.Recipients).SingleAsync(c => c.Email == "eleanor@example.com");
            (eleanorId, jamesId) = (eleanor.Id, eleanor.Recipients.Single(r => r.CalledBy == "Jamie").Id);
        });
        nodeB = new StudioFactory().WithSettings(new() { ["Studio:DataFolder"] = nodeA.DataFolder });
        _ = nodeB.Server;
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await nodeB.DisposeAsync();
        await nodeA.DisposeAsync();
    }

    private async Task<(int Id, string Secret)> NewKeyAsync(string name)
    {
        var made = (0, "");
        await nodeA.WithDbAsync(async db =>
        {
            var (key, secret) = ApiKey.Create(eleanorId, name, testMode: false, DateTimeOffset.UtcNow);
            db.ApiKeys.Add(key);
            await db.SaveChangesAsync();
            made = (key.Id, secret);
        });
        return made;
    }

    private static HttpClient Client(StudioFactory node, string secret)
    {
        var client = node.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        return client;
    }

    [Test]
    public async Task A_key_revoked_through_node_A_is_refused_at_once_by_node_B_which_had_it_cached()
    {
        var (id, secret) = await NewKeyAsync("revoked elsewhere");
        var onB = Client(nodeB, secret);
        Assert.That((await onB.GetAsync("/api/v1/orders")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(nodeB.Services.GetRequiredService<ApiCache>().Count, Is.GreaterThan(0), "node B keeps the key it found");
        Assert.That((await onB.GetAsync("/api/v1/orders")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await using (var scope = nodeA.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<RevokeApiKey>().HandleAsync(eleanorId, id, actor: "portal");

        Assert.That((await onB.GetAsync("/api/v1/orders")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await Client(nodeA, secret).GetAsync("/api/v1/orders")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Another_key_of_the_same_customer_keeps_working_on_node_B_after_one_is_revoked()
    {
        var (kept, keptSecret) = (await NewKeyAsync("kept"));
        var (gone, _) = await NewKeyAsync("gone");
        var onB = Client(nodeB, keptSecret);
        Assert.That((await onB.GetAsync("/api/v1/orders")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await using (var scope = nodeA.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<RevokeApiKey>().HandleAsync(eleanorId, gone, actor: "portal");

        Assert.That((await onB.GetAsync("/api/v1/orders")).StatusCode, Is.EqualTo(HttpStatusCode.OK), $"key {kept} was not revoked");
    }

    [Test]
    public async Task A_total_cached_on_node_B_is_counted_again_after_an_order_placed_on_node_A()
    {
        var (_, secret) = await NewKeyAsync("totals");
        var (onA, onB) = (Client(nodeA, secret), Client(nodeB, secret));
        var before = (await onB.GetFromJsonAsync<JsonElement>("/api/v1/orders?status=Received")).GetProperty("total").GetInt32();
        Assert.That((await onB.GetFromJsonAsync<JsonElement>("/api/v1/orders?status=Received")).GetProperty("total").GetInt32(), Is.EqualTo(before));

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(new { recipientId = jamesId, occasion = "thank-you", brief = "Placed on node A", requestedDeliveryDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40) }),
        };
        request.Headers.Add("Idempotency-Key", "across-nodes-total");
        (await onA.SendAsync(request)).EnsureSuccessStatusCode();

        Assert.That((await onB.GetFromJsonAsync<JsonElement>("/api/v1/orders?status=Received")).GetProperty("total").GetInt32(), Is.EqualTo(before + 1));
    }
}
