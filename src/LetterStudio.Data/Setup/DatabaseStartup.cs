using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LetterStudio.Data.Setup;

/// <summary>
/// Migrates and seeds the database when a host starts, before it serves anything, so a fresh clone
/// runs with no manual step. Runs after options validation, so a bad setting stops the host first.
/// </summary>
public sealed class DatabaseStartup(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStart) return;
        await using var scope = scopes.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync(cancellationToken);
        await initializer.SeedAsync(options.Value.SeedDemo, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
