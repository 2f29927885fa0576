using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace LetterStudio.Printing.Jobs.Scheduling;

/// <summary>
/// This process's Quartz scheduler. It always exists, so any process can put parts into the store; it
/// is started (takes work, checks in with the cluster, recovers a dead node's parts) only on a node.
/// </summary>
public sealed class SchedulerNode(ISchedulerFactory factory, SchedulerNodeSettings settings, ILogger<SchedulerNode> logger) : IHostedService
{
    private IScheduler? _scheduler;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IScheduler> GetAsync(CancellationToken ct = default)
    {
        if (_scheduler is not null) return _scheduler;
        await _gate.WaitAsync(ct);
        try
        {
            if (_scheduler is null)
            {
                _scheduler = await factory.GetScheduler(ct);
            }
            return _scheduler;
        }
        finally
        {
            _gate.Release();
        }
    }

    public string? InstanceId => _scheduler?.SchedulerInstanceId;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await GetAsync(cancellationToken);
        if (!settings.RunJobs) return;
        await scheduler.Start(cancellationToken);
        logger.LogInformation("Print job node {Instance} started", scheduler.SchedulerInstanceId);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Let running parts finish (seconds): a part stopped half-way would only be run again in full.
        if (_scheduler is null || !settings.RunJobs) return;
        try
        {
            await _scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
        catch (ObjectDisposedException e)
        {
            // The host gave up waiting for the stop (its shutdown timeout) and disposed its services while Quartz's
            // cluster manager was still stopping and asking them for the scheduler. The process is going away; a
            // part that was running is recovered by another node, as after any crash.
            logger.LogWarning(e, "Print job node {Instance} stopped after its services were disposed", _scheduler.SchedulerInstanceId);
        }
    }
}
