using System.CommandLine;
using LetterStudio.Application.Health;
using LetterStudio.Application.Setup;
using LetterStudio.Application.Telemetry;
using LetterStudio.Data;
using LetterStudio.Data.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LetterStudio.Cli.Hosting;

/// <summary>
/// The command line's services, configured like the web app: its appsettings.json (copied beside this
/// program), then environment variables (Database__Provider=SqlServer), then LETTERSTUDIO_ ones, then the
/// settings this run was given (tests run the command tree in process with their own settings).
/// Built lazily, so `letterstudio render` and `--help` never touch the database.
/// One per run of the command tree: nothing here is static, so runs in one process do not see each other.
/// </summary>
internal sealed class CliHost(IReadOnlyDictionary<string, string?> settings)
{
    /// <summary>Other projects' registrations (handwriting, drafting, print jobs), added by their command files.</summary>
    public List<Action<IServiceCollection, IConfiguration>> ServiceModules { get; } = [];

    /// <summary>Set by `print batch` (unless --wait) and `worker` before the host is built: this run then takes jobs.</summary>
    public bool RunJobsHere { get; set; }

    public IHost Build()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            // The command line shares the web app's settings: same database, same data folder.
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production,
        });
        builder.Configuration.AddEnvironmentVariables("LETTERSTUDIO_");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddLetterStudioApplication();
        builder.Services.AddLetterStudioHealthChecks();
        builder.Services.AddStudioTelemetry(builder.Configuration, "letterstudio");
        // Logging:Console:FormatterName=json: the scopes (OrderId, BatchId, Node) are what the JSON is for.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.JsonConsoleFormatterOptions>(o => o.IncludeScopes = true);
        foreach (var add in ServiceModules) add(builder.Services, builder.Configuration);
        var host = builder.Build();
        host.Services.ValidateLetterStudioSettings();
        return host;
    }

    /// <summary>Runs work in a scope against a migrated database; refuses clearly when it is not migrated.</summary>
    public async Task<int> WithDatabaseAsync(ParseResult parse, Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken ct)
    {
        using var host = Build();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            await parse.Error().WriteLineAsync($"The database is not up to date ({pending.Count} migration(s) pending). Run `letterstudio db migrate` first.");
            return ExitCodes.NotReady;
        }
        return await work(scope.ServiceProvider, ct);
    }
}
