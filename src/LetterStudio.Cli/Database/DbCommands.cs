using System.CommandLine;
using LetterStudio.Cli.Hosting;
using LetterStudio.Data.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Cli.Database;

/// <summary>`letterstudio db migrate` and `letterstudio db seed`.</summary>
internal static class DbCommands
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Create the database or bring it to the current schema.");
        migrate.SetAction((_, ct) => CliErrors.GuardAsync(async () =>
        {
            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            var connection = scope.ServiceProvider.GetRequiredService<DatabaseConnection>();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
            Console.WriteLine($"The {connection.Provider} database is up to date.");
            return ExitCodes.Ok;
        }));

        var seed = new Command("seed", "Fill an empty database with the demo studio (customers, recipients, anecdotes, profiles, orders).");
        seed.SetAction((_, ct) => CliErrors.GuardAsync(() => CliHost.WithDatabaseAsync(async (sp, token) =>
        {
            var seeded = await sp.GetRequiredService<DatabaseInitializer>().SeedAsync(demo: true, token);
            Console.WriteLine(seeded ? "Seeded the demo studio." : "The database already has customers; nothing was seeded.");
            return ExitCodes.Ok;
        }, ct)));

        return new Command("db", "Manage the order database.") { migrate, seed };
    }
}
