using LetterStudio.Application.Webhooks;
using LetterStudio.Data;
using LetterStudio.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Web.Tests;

/// <summary>
/// The real web app on a real SQLite file in a fresh data folder, migrated and seeded at start exactly
/// as `dotnet run` does it. It runs in the Production environment, so the demo seed and its sign-ins are asked for
/// explicitly, as a demonstration server would (<see cref="DemoSettings"/>).
/// </summary>
public sealed class StudioFactory : WebApplicationFactory<Program>
{
    public string DataFolder { get; } = TempFolder.Create("web");
    private Dictionary<string, string> settings = [];

    /// <summary>The settings that give a Production app the demo studio and a public address; a test may override any.</summary>
    public static Dictionary<string, string> DemoSettings => new()
    {
        ["Database:SeedDemo"] = "true",
        ["Studio:DemoPassword"] = SignIn.DemoPassword,
        ["Studio:AllowDemoOutsideDevelopment"] = "true",
        ["Studio:PublicBaseUrl"] = "http://localhost",
    };

    /// <summary>The webhook resolver this app uses; a test maps names to addresses here.</summary>
    public LocalResolver Resolver { get; } = new();

    /// <summary>
    /// The studio on a database of the given provider: SQLite as the app runs by default (a file in its data folder,
    /// copied from the template), PostgreSQL as a database of its own on the test server, seeded with the demo studio.
    /// </summary>
    public static async Task<StudioFactory> OnAsync(TestProvider provider) => provider switch
    {
        TestProvider.Postgres => new StudioFactory { Database = await TestDatabase.CreateAsync(TestProvider.Postgres, seedDemo: true) },
        _ => new StudioFactory(),
    };

    /// <summary>The test database this app runs on instead of the SQLite file in its data folder, if any.</summary>
    public TestDatabase? Database { get; private init; }

    /// <summary>Starts from a copy of the demo studio made once per run (<see cref="StudioTemplate"/>) where the settings allow.</summary>
    public bool FromTemplate { get; init; } = true;

    /// <summary>Leaves out <see cref="DemoSettings"/>: the app as shipped, with only what the test gives it.</summary>
    public bool WithoutDemo { get; init; }

    /// <summary>Extra settings for this app, as environment variables or appsettings would give them.</summary>
    public StudioFactory WithSettings(Dictionary<string, string> extra)
    {
        settings = extra;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (Database is null && FromTemplate && !WithoutDemo && !StudioTemplate.Changes(settings) && !File.Exists(Path.Combine(DataFolder, "letterstudio.db")))
            StudioTemplate.CopyInto(DataFolder);
        builder.UseSetting("Studio:DataFolder", DataFolder);
        if (!WithoutDemo)
            foreach (var (key, value) in DemoSettings) builder.UseSetting(key, value);
        if (Database is not null)
            foreach (var (key, value) in Database.Settings) builder.UseSetting(key, value);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.UseEnvironment("Production");
        // Webhook hosts resolve from the test's own map, so no test asks DNS about a name outside the machine.
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IWebhookHostResolver>(Resolver);
            services.AddSingleton<IStartupFilter, Security.ClientAddress>();
        });
    }

    /// <summary>Runs work against the app's own database, in a scope of its own.</summary>
    public async Task WithDbAsync(Func<LetterStudioDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Database is not null) await Database.DisposeAsync();
        TempFolder.Delete(DataFolder);
    }
}
