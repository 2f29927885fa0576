using LetterStudio.Data;
using LetterStudio.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Web.Tests;

/// <summary>
/// The real web app on a real SQLite file in a fresh data folder, migrated and seeded at start exactly
/// as `dotnet run` does it.
/// </summary>
public sealed class StudioFactory : WebApplicationFactory<Program>
{
    public string DataFolder { get; } = TempFolder.Create("web");
    private Dictionary<string, string> settings = [];

    /// <summary>Extra settings for this app, as environment variables or appsettings would give them.</summary>
    public StudioFactory WithSettings(Dictionary<string, string> extra)
    {
        settings = extra;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Studio:DataFolder", DataFolder);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.UseEnvironment("Production");
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
        TempFolder.Delete(DataFolder);
    }
}
