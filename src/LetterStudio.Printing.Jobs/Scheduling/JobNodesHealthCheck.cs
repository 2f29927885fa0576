using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace LetterStudio.Printing.Jobs.Scheduling;

/// <summary>
/// The other job nodes (web apps running jobs, `letterstudio worker`s) that the cluster sees alive, from the check-in
/// rows every started node refreshes every Printing:ClusterCheckinInterval. Any process can read them, so
/// `letterstudio health` tells whether workers are at work without a port of their own.
/// </summary>
/// <param name="onMachine">When set, only nodes whose Quartz instance id starts with it (AUTO ids are the host name and a number).</param>
internal sealed class JobNodesHealthCheck(SchedulerNode node, string? onMachine) : IHealthCheck
{
    public const string Name = "job-nodes";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await node.GetAsync(cancellationToken);
        var alive = (await scheduler.QueryClusterNodes(cancellationToken))
            .Where(n => !n.IsCurrentNode && n.State == ClusterNodeState.Alive
                && (onMachine is null || n.InstanceId.StartsWith(onMachine, StringComparison.OrdinalIgnoreCase)))
            .Select(n => n.InstanceId).Order().ToList();
        var where = onMachine is null ? "" : $" on {onMachine}";
        return alive.Count > 0
            ? HealthCheckResult.Healthy($"{alive.Count} job node(s){where} alive: {string.Join(", ", alive)}.")
            : new HealthCheckResult(context.Registration.FailureStatus, $"No job node{where} has checked in lately.");
    }
}

public static class JobNodesHealthChecks
{
    /// <summary>Adds the "job-nodes" check (for `letterstudio health`; a web node's readiness does not depend on workers).</summary>
    public static IHealthChecksBuilder AddJobNodesCheck(this IHealthChecksBuilder builder, Func<string?> onMachine, IEnumerable<string> tags) =>
        builder.Add(new HealthCheckRegistration(JobNodesHealthCheck.Name,
            sp => new JobNodesHealthCheck(sp.GetRequiredService<SchedulerNode>(), onMachine()), HealthStatus.Unhealthy, tags));
}
