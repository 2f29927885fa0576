using System.CommandLine;
using LetterStudio.Application.Health;
using LetterStudio.Cli.Hosting;
using LetterStudio.Printing.Jobs.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LetterStudio.Cli.Health;

/// <summary>
/// `letterstudio health`: the web node's readiness checks (database, migrations, job store, outbox backlogs) plus the
/// job nodes the cluster sees alive, as the same JSON as /health/ready; exit 0 when healthy or degraded, 4 when not.
/// A worker takes no requests, so it has no port to probe: systemd restarts a dead process, and this command (run on
/// the worker's machine with --this-machine, by a timer or a monitoring agent) says whether a worker there is at work,
/// from the check-in rows every job node writes into the shared job store.
/// </summary>
internal static class HealthCommand
{
    private const string Workers = "workers";
    
    public static Command Create(CliHost cli)
    {
        // Set by the action before the host is built; one per command tree, so runs in one process do not share it.
        string? onMachine = null;
        cli.ServiceModules.Add((services, _) => services.AddHealthChecks().AddJobNodesCheck(() => onMachine, [Workers]));
        var thisMachine = new Option<bool>("--this-machine") { Description = "Require a job node (a worker, or a web app running jobs) on this machine, not just anywhere." };
        var command = new Command("health", "Check the studio as a load balancer or monitor would: database, migrations, job store, outboxes, job nodes. Exit 4 when not ready.") { thisMachine };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(parse, async () =>
        {
            onMachine = parse.GetValue(thisMachine) ? Environment.MachineName : null;
            using var host = cli.Build();
            var report = await host.Services.GetRequiredService<HealthCheckService>()
                .CheckHealthAsync(r => r.Tags.Contains(HealthSetup.Ready) || r.Tags.Contains(Workers), ct);
            parse.Out().WriteLine(HealthReportJson.Write(report));
            return report.Status == HealthStatus.Unhealthy ? ExitCodes.NotReady : ExitCodes.Ok;
        }));
        return command;
    }
}
