using System.CommandLine;
using LetterStudio.Cli.Hosting;
using LetterStudio.Data.Setup;
using LetterStudio.Printing.Jobs.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
            await host.StartAsync(ct);
            parse.Out().WriteLine($"Worker {host.Services.GetRequiredService<SchedulerNode>().InstanceId} is taking print jobs. Ctrl+C stops it.");
            await host.WaitForShutdownAsync(ct);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
