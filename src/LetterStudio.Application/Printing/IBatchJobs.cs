using LetterStudio.Domain.Printing;

namespace LetterStudio.Application.Printing;

/// <summary>
/// Where a new batch's work goes to be built: the print jobs' store (LetterStudio.Printing.Jobs' Quartz scheduler). A port,
/// so the print room's use cases do not depend on the host that runs the jobs.
/// </summary>
public interface IBatchJobs
{
    /// <summary>Puts one job per part of <paramref name="batch"/> into the store; nodes that take work build them.</summary>
    Task ScheduleBuildAsync(PrintBatch batch, CancellationToken ct);
}
