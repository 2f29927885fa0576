using System.CommandLine;
using LetterStudio.Cli.Hosting;
using LetterStudio.Data.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Cli.Database;

/// <summary>`letterstudio db migrate`, `db seed`, `db backup FILE` and `db restore FILE`.</summary>
internal static class DbCommands
{
    public static Command Create(CliHost cli)
    {
        var migrate = new Command("migrate", "Create the database or bring it to the current schema.");
        migrate.SetAction((parse, ct) => CliErrors.GuardAsync(parse, async () =>
        {
            using var host = cli.Build();
            await using var scope = host.Services.CreateAsyncScope();
            var connection = scope.ServiceProvider.GetRequiredService<DatabaseConnection>();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
            parse.Out().WriteLine($"The {connection.Provider} database is up to date.");
            return ExitCodes.Ok;
        }));

        var seed = new Command("seed", "Fill an empty database with the demo studio (customers, recipients, anecdotes, profiles, orders).");
        seed.SetAction((parse, ct) => CliErrors.GuardAsync(parse, () => cli.WithDatabaseAsync(parse, async (sp, token) =>
        {
            var seeded = await sp.GetRequiredService<DatabaseInitializer>().SeedAsync(demo: true, token);
            parse.Out().WriteLine(seeded ? "Seeded the demo studio." : "The database already has customers; nothing was seeded.");
            return ExitCodes.Ok;
        }, ct)));

        var backupFile = new Argument<string>("FILE") { Description = "The new file to write; never overwritten." };
        var backup = new Command("backup", "Write a consistent copy of the SQLite database while the studio runs (SQLite's online backup).") { backupFile };
        backup.SetAction((parse, ct) => CliErrors.GuardAsync(parse, async () =>
        {
            using var host = cli.Build();
            await using var scope = host.Services.CreateAsyncScope();
            var bytes = await scope.ServiceProvider.GetRequiredService<LetterStudio.Data.Backups.SqliteBackup>().BackupAsync(parse.GetValue(backupFile)!, ct);
            parse.Out().WriteLine($"Backed up to {Path.GetFullPath(parse.GetValue(backupFile)!)} ({bytes:N0} bytes); integrity check ok.");
            return ExitCodes.Ok;
        }));

        var restoreFile = new Argument<string>("FILE") { Description = "A file written by db backup." };
        var restore = new Command("restore", "Check a backup and copy it over the SQLite database. Stop the web app and print workers first.") { restoreFile };
        restore.SetAction((parse, ct) => CliErrors.GuardAsync(parse, async () =>
        {
            using var host = cli.Build();
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<LetterStudio.Data.Backups.SqliteBackup>().RestoreAsync(parse.GetValue(restoreFile)!, ct);
            parse.Out().WriteLine($"Restored {Path.GetFullPath(parse.GetValue(restoreFile)!)}; integrity check ok.");
            return ExitCodes.Ok;
        }));

        return new Command("db", "Manage the order database.") { migrate, seed, backup, restore };
    }
}
