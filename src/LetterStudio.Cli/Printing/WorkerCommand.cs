using System.CommandLine;
using LetterStudio.Cli.Hosting;
using LetterStudio.Data;
using LetterStudio.Data.Setup;
using LetterStudio.Printing.Jobs.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LetterStudio.Cli.Printing;

/// <summary>`letterstudio worker`: a job node without the web UI, until Ctrl+C or SIGTERM.</summary>
internal static class WorkerCommand
{
    public static Command Create(CliHost cli)
    {
        var command = new Command("worker", "Run a print job worker: takes batch parts from the shared job store until stopped (Ctrl+C, SIGTERM).");
        command.SetAction((parse, ct) => CliErrors.GuardAsync(parse, async () =>
        {
            cli.RunJobsHere = true;
            using var host = cli.Build();
            await using (var scope = host.Services.CreateAsyncScope())
            {
                // Database:MigrateOnStart=false: another node migrates; this one waits for it before taking work.
                if (host.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
                    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
                else
                    await WaitForMigrationsAsync(scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>(), ct);
            }
            await host.StartAsync(ct);
            parse.Out().WriteLine($"Worker {host.Services.GetRequiredService<SchedulerNode>().InstanceId} is taking print jobs. Ctrl+C stops it.");
            await host.WaitForShutdownAsync(ct);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task WaitForMigrationsAsync(LetterStudioDbContext db, CancellationToken ct)
    {
        var told = false;
        while (true)
        {
            int pending;
            try
            {
                pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
            {
                pending = -1; // the database is not there yet: wait for it like for a migration
            }
            if (pending == 0) return;
            if (!told) Console.WriteLine("Waiting for the node that migrates (Database:MigrateOnStart=false here): the database is not up to date yet.");
            told = true;
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
        }
    }
}
