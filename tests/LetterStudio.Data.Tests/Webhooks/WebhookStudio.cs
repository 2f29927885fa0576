using LetterStudio.Application.Orders;
using LetterStudio.Application.Setup;
using LetterStudio.Application.Webhooks;
using LetterStudio.Data.Setup;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Webhooks;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace LetterStudio.Data.Tests.Webhooks;

/// <summary>
/// The seeded demo studio on a real database of its own (SQLite or PostgreSQL), registered through AddLetterStudioApplication
/// with a clock the test moves by hand, so retries that are minutes apart run in milliseconds.
/// </summary>
public sealed class WebhookStudio : IAsyncDisposable
{
    public const string Writer = "writer@letterstudio.test";
    private static readonly OrderStatus[] Open = [OrderStatus.Received, OrderStatus.Assigned, OrderStatus.Drafting, OrderStatus.InReview];

    private readonly string _folder;
    private readonly TestDatabase _database;
    public ServiceProvider Services { get; }
    public FakeTimeProvider Clock { get; }
    /// <summary>Webhook host names as this studio resolves them; no name outside the machine goes to DNS.</summary>
    public LocalResolver Resolver { get; private init; } = null!;

    private WebhookStudio(string folder, TestDatabase database, ServiceProvider services, FakeTimeProvider clock)
    {
        _folder = folder;
        _database = database;
        Services = services;
        Clock = clock;
    }

    /// <param name="logs">Where the studio's log lines go, with their scopes; nowhere when null.</param>
    public static async Task<WebhookStudio> CreateAsync(TestProvider provider, Dictionary<string, string?>? settings = null, ILoggerProvider? logs = null)
    {
        var folder = TempFolder.Create("webhooks");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        // Migrated only: the demo studio is seeded below by the app's own initializer, on the test's clock.
        var database = await TestDatabase.CreateAsync(provider, time: clock);
        var config = new Dictionary<string, string?> { ["Studio:DataFolder"] = folder, ["Webhooks:AllowInsecureUrls"] = "true" };
        foreach (var (k, v) in database.Settings) config[k] = v;
        foreach (var (k, v) in settings ?? []) config[k] = v;
        var resolver = new LocalResolver();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(config).Build())
            .AddSingleton<TimeProvider>(clock)
            .AddLogging(l =>
            {
                if (logs is null) return;
                l.AddProvider(logs);
                l.SetMinimumLevel(LogLevel.Information);
            })
            .AddSingleton<IWebhookHostResolver>(resolver)
            .AddLetterStudioApplication()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using (var scope = services.CreateAsyncScope())
        {
            var init = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
            await init.MigrateAsync();
            await init.SeedAsync(demo: true);
        }
        return new WebhookStudio(folder, database, services, clock) { Resolver = resolver };
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> WithDbAsync<T>(Func<LetterStudioDbContext, Task<T>> work) =>
        InScopeAsync(sp => work(sp.GetRequiredService<LetterStudioDbContext>()));

    public Task<int> CustomerIdAsync(string email) => WithDbAsync(db => db.Customers.Where(c => c.Email == email).Select(c => c.Id).SingleAsync());

    public Task<WebhookEndpoint> RegisterAsync(int customerId, Uri url) =>
        InScopeAsync(sp => sp.GetRequiredService<WebhookEndpoints>().RegisterAsync(customerId, url.ToString(), "test receiver"));

    /// <summary>An order of the customer's that can still be cancelled.</summary>
    public Task<int> OpenOrderAsync(int customerId) => WithDbAsync(db => db.Orders
        // Statuses are stored as words, so "before Approved" is a list, not a comparison.
        .Where(o => o.CustomerId == customerId && Open.Contains(o.Status))
        .OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());

    public Task<Order> CancelAsync(int orderId, string reason = "Plans changed") =>
        InScopeAsync(sp => sp.GetRequiredService<AdvanceOrder>().HandleAsync(orderId, OrderStatus.Cancelled, Writer, reason));

    public Task<int> DispatchAsync() => InScopeAsync(sp => sp.GetRequiredService<WebhookDispatch>().DeliverDueAsync());

    public Task<List<WebhookDelivery>> DeliveriesAsync() =>
        WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().Include(d => d.AttemptLog).OrderBy(d => d.Id).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
        TempFolder.Delete(_folder);
    }
}
