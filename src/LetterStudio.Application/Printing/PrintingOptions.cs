using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Application.Printing;

/// <summary>Batch printing. Section "Printing" of the configuration.</summary>
public sealed class PrintingOptions
{
    public const string SectionName = "Printing";

    /// <summary>Where batches are written; empty means {data folder}/print. Workers on several machines need a shared folder.</summary>
    public string? OutputFolder { get; set; }

    /// <summary>
    /// Letters per part. A part is the unit a worker takes, writes in one go and redoes after a crash:
    /// 250 keeps a part at a few seconds of work and a few tens of megabytes, so losing one costs little.
    /// </summary>
    [Range(1, 5000)]
    public int PartSize { get; set; } = 250;

    /// <summary>Written at the top left of every envelope.</summary>
    [MinLength(1)]
    public string[] ReturnAddress { get; set; } = ["LetterStudio", "1 Quill Lane", "London EC1A 1AA", "United Kingdom"];

    /// <summary>Print on both sides unless the operator says otherwise.</summary>
    public bool Duplex { get; set; }

    /// <summary>The web app also runs jobs (one scheduler node); false leaves the work to `letterstudio worker`.</summary>
    public bool RunJobsInWeb { get; set; } = true;

    /// <summary>
    /// Parts one node writes at once. One by default: the part writer is CPU-bound, and several worker
    /// processes (or machines) are how the work spreads.
    /// </summary>
    [Range(1, 64)]
    public int WorkerThreads { get; set; } = 1;

    /// <summary>How often a node tells the others it is alive; a node silent for longer than this (plus a margin) is taken for dead and its parts are run again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>How often an idle node looks for new work in the store.</summary>
    // Quartz refuses an idle wait under one second.
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public string ResolveOutputFolder(string dataFolder) =>
        string.IsNullOrWhiteSpace(OutputFolder) ? Path.Combine(dataFolder, "print") : Path.GetFullPath(OutputFolder);
}
