using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace LetterStudio.Printing.Jobs.Scheduling;

/// <summary>
/// Quartz's job store answers (the cluster's nodes are read from it, in the order database) and, on a node that runs
/// jobs, this process's scheduler is running.
/// </summary>
internal sealed class JobStoreHealthCheck(SchedulerNode node, SchedulerNodeSettings settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await node.GetAsync(cancellationToken);
        var alive = (await scheduler.QueryClusterNodes(cancellationToken)).Count(n => n.State == ClusterNodeState.Alive);
        if (!settings.RunJobs) return HealthCheckResult.Healthy($"Job store reachable, {alive} job node(s) alive; this node runs no jobs.");
        var status = await scheduler.GetStatus(cancellationToken);
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy($"Job store reachable, {alive} job node(s) alive; this node's scheduler is running.")
            : new HealthCheckResult(context.Registration.FailureStatus, $"Job store reachable, but this node's scheduler is {status}.");
    }
}
