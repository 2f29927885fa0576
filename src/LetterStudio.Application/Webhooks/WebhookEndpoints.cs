using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LetterStudio.Application.Webhooks;

/// <summary>
/// A customer's webhook endpoints and their delivery log, for the portal and the API. Every method takes the
/// customer: another customer's endpoint is not found, so its id reveals nothing.
/// </summary>
public sealed class WebhookEndpoints(LetterStudioDbContext db, IOptions<WebhookOptions> options, TimeProvider time, WebhookEgress egress)
{
    public Task<List<WebhookEndpoint>> ListAsync(int customerId, CancellationToken ct = default) =>
        db.WebhookEndpoints.AsNoTracking().Where(e => e.CustomerId == customerId).OrderBy(e => e.Id).ToListAsync(ct);

    public async Task<WebhookEndpoint> GetAsync(int customerId, int endpointId, CancellationToken ct = default) =>
        await db.WebhookEndpoints.AsNoTracking().SingleOrDefaultAsync(e => e.Id == endpointId && e.CustomerId == customerId, ct)
        ?? throw new NotFoundException("Webhook endpoint", endpointId);

    /// <returns>The new endpoint; its secret is shown to the customer this once.</returns>
    public async Task<WebhookEndpoint> RegisterAsync(int customerId, string url, string? description, CancellationToken ct = default)
    {
        if (!await db.Customers.AnyAsync(c => c.Id == customerId, ct)) throw new NotFoundException("Customer", customerId);
        var endpoint = WebhookEndpoint.Register(customerId, url, description, options.Value.AllowInsecureUrls, time.GetUtcNow());
        // The URL's form was checked above; here its host: this machine's names and whatever it resolves to now.
        if (!options.Value.AllowInsecureUrls) await egress.CheckAtRegistrationAsync(new Uri(endpoint.Url), ct);
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(ct);
        return endpoint;
    }

    public async Task SetActiveAsync(int customerId, int endpointId, bool active, CancellationToken ct = default)
    {
        var endpoint = await FindAsync(customerId, endpointId, ct);
        if (active) endpoint.Activate(); else endpoint.Deactivate();
        await db.SaveOrConflictAsync("Webhook endpoint", endpointId, ct);
    }

    /// <summary>Deletes the endpoint with its delivery log; events not yet delivered to it are dropped.</summary>
    public async Task DeleteAsync(int customerId, int endpointId, CancellationToken ct = default)
    {
        db.WebhookEndpoints.Remove(await FindAsync(customerId, endpointId, ct));
        await db.SaveOrConflictAsync("Webhook endpoint", endpointId, ct);
    }

    /// <summary>Queues a "webhook.test" event for this endpoint only; the dispatcher sends it like any other.</summary>
    public async Task<WebhookDelivery> SendTestAsync(int customerId, int endpointId, CancellationToken ct = default)
    {
        var endpoint = await FindAsync(customerId, endpointId, ct);
        if (!endpoint.Active) throw new Domain.Common.DomainValidationException("Active", "switch the endpoint on before sending it a test event.");
        var delivery = new WebhookDelivery(endpoint.Id, WebhookEvent.TestEvent(time.GetUtcNow()));
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(ct);
        return delivery;
    }

    /// <summary>The endpoint's most recent deliveries, newest first, each with its attempts.</summary>
    public async Task<List<WebhookDelivery>> LogAsync(int customerId, int endpointId, int take = 50, CancellationToken ct = default)
    {
        await GetAsync(customerId, endpointId, ct);
        return await db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == endpointId)
            .OrderByDescending(d => d.Id).Take(take).Include(d => d.AttemptLog).AsSplitQuery().ToListAsync(ct);
    }

    private async Task<WebhookEndpoint> FindAsync(int customerId, int endpointId, CancellationToken ct) =>
        await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == endpointId && e.CustomerId == customerId, ct)
        ?? throw new NotFoundException("Webhook endpoint", endpointId);
}
