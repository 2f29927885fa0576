using LetterStudio.Application.Setup;
using LetterStudio.Data;
using LetterStudio.Data.Seeding;
using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Letters;
using LetterStudio.Domain.Orders;
using LetterStudio.Drafting.Setup;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Drafting.Tests.Support;

/// <summary>
/// The seeded demo studio on a real, migrated SQLite file, with drafting registered through AddLetterDrafting and the
/// given settings. Each scope gets its own context, as each request or command would.
/// </summary>
public sealed class DraftingStudio : IAsyncDisposable
{
    private readonly SqliteTestDatabase _db;
    private readonly ServiceProvider _services;

    private DraftingStudio(SqliteTestDatabase db, ServiceProvider services)
    {
        _db = db;
        _services = services;
    }

    public static async Task<DraftingStudio> CreateAsync(Dictionary<string, string?>? settings = null)
    {
        var db = await SqliteTestDatabase.CreateAsync(seedDemo: true);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddScoped<LetterStudioDbContext>(_ => db.Open());
        services.AddLetterDrafting();
        return new DraftingStudio(db, services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));
    }

    /// <summary>
    /// Settings that point the OpenAI model at the fake server, with a timeout no loaded machine reaches and short retries. The critique pass is off
    /// unless asked for (null leaves the default, on), so tests of one request see one request.
    /// </summary>
    public static Dictionary<string, string?> OpenAISettings(FakeOpenAIServer server, string timeout = "00:00:30", int retries = 2, bool? critique = false)
    {
        var settings = Settings(server, timeout, retries);
        if (critique is { } on) settings["Drafting:OpenAI:CritiqueAndRevise"] = on.ToString();
        return settings;
    }

    private static Dictionary<string, string?> Settings(FakeOpenAIServer server, string timeout, int retries) => new()
    {
        ["Drafting:DefaultModel"] = "OpenAI",
        ["Drafting:OpenAI:ApiKey"] = "sk-test-key",
        ["Drafting:OpenAI:Model"] = "gpt-test",
        ["Drafting:OpenAI:BaseUrl"] = server.BaseUrl.ToString(),
        ["Drafting:OpenAI:Timeout"] = timeout,
        ["Drafting:OpenAI:MaxRetries"] = retries.ToString(),
        ["Drafting:OpenAI:RetryBaseDelay"] = "00:00:00.050",
    };

    public IServiceProvider Root => _services;

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public SqliteLetterStudioDbContext Open() => _db.Open();

    public async Task<Order> OrderAsync(Func<IQueryable<Order>, IQueryable<Order>> pick)
    {
        await using var db = Open();
        return await pick(db.Orders.Include(o => o.History).Include(o => o.Anecdotes).AsNoTracking()).FirstAsync();
    }

    /// <summary>The seeded order for an occasion ("anniversary" is Eleanor's to James, Assigned after <see cref="AssignAsync"/>).</summary>
    public Task<Order> OrderForAsync(string occasion) => OrderAsync(q => q.Where(o => o.OccasionKey == occasion));

    public async Task<Letter?> LetterAsync(int orderId)
    {
        await using var db = Open();
        return await db.Letters.Include(l => l.Revisions).AsNoTracking().SingleOrDefaultAsync(l => l.OrderId == orderId);
    }

    public async Task AssignAsync(int orderId)
    {
        await using var db = Open();
        var order = await db.Orders.Include(o => o.History).SingleAsync(o => o.Id == orderId);
        order.AssignTo(DemoStudio.DemoWriter, DemoStudio.DemoWriter, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    /// <summary>Moves a drafted order on to Approved, as the desk's approval would: its letter is then an earlier letter to the recipient.</summary>
    public async Task ApproveAsync(int orderId)
    {
        await using var db = Open();
        var order = await db.Orders.Include(o => o.History).SingleAsync(o => o.Id == orderId);
        var now = DateTimeOffset.UtcNow;
        if (order.Status == OrderStatus.Assigned) order.MoveTo(OrderStatus.Drafting, DemoStudio.DemoWriter, now);
        if (order.Status == OrderStatus.Drafting) order.MoveTo(OrderStatus.InReview, DemoStudio.DemoWriter, now);
        order.MoveTo(OrderStatus.Approved, DemoStudio.DemoWriter, now, "Approved in a test");
        await db.SaveChangesAsync();
    }

    /// <summary>Places an Assigned order for one of the seeded customers, with the given anecdotes chosen.</summary>
    public async Task<int> PlaceAssignedAsync(string customerEmail, string occasion, IEnumerable<int>? anecdoteIds = null, string brief = "A letter for the occasion.", IEnumerable<int>? pinned = null,
        IReadOnlyDictionary<string, string>? mergeFields = null)
    {
        await using var db = Open();
        var customer = await db.Customers.Include(c => c.Recipients).SingleAsync(c => c.Email == customerEmail);
        var order = Order.Place(new OrderDetails(customer.Id, customer.Recipients[0].Id, occasion, brief, null,
            DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30), 4500, "GBP", false, null, [.. anecdoteIds ?? []], MergeFields: mergeFields), "test", DateTimeOffset.UtcNow);
        foreach (var id in pinned ?? []) order.ChooseAnecdote(id, pinned: true);
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        order.AssignTo(DemoStudio.DemoWriter, DemoStudio.DemoWriter, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return order.Id;
    }

    /// <summary>Adds an anecdote about the customer's first recipient, or about their life in general.</summary>
    public async Task<Anecdote> AddAnecdoteAsync(string customerEmail, string text, string? when = null, string[]? tags = null, bool general = false)
    {
        await using var db = Open();
        var customer = await db.Customers.Include(c => c.Recipients).SingleAsync(c => c.Email == customerEmail);
        var anecdote = new Anecdote(customer.Id, general ? null : customer.Recipients[0].Id, text, null, when, tags, AnecdoteAuthor.Writer, DemoStudio.DemoWriter, DateTimeOffset.UtcNow);
        db.Anecdotes.Add(anecdote);
        await db.SaveChangesAsync();
        return anecdote;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }
}
