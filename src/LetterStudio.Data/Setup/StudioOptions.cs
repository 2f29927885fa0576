namespace LetterStudio.Data.Setup;

/// <summary>Studio-wide settings. Section "Studio" of the configuration.</summary>
public sealed class StudioOptions
{
    public const string SectionName = "Studio";

    /// <summary>
    /// Where the studio keeps its files: the SQLite database, mail outbox, print batches. Relative paths are
    /// taken from the current directory. Empty means the user's local application data folder
    /// (~/.local/share/LetterStudio on Linux), so the web app and the command line share one studio.
    /// </summary>
    public string? DataFolder { get; set; }

    public string ResolvedDataFolder => string.IsNullOrWhiteSpace(DataFolder)
        ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "LetterStudio")
        : Path.GetFullPath(DataFolder);

    /// <summary>
    /// The password of the demo studio's sign-ins, created with the demo seed. Empty: no demo sign-ins.
    /// Set in appsettings.Development.json only; outside Development the web app refuses to start with it set
    /// unless <see cref="AllowDemoOutsideDevelopment"/> says so.
    /// </summary>
    public string? DemoPassword { get; set; }

    /// <summary>
    /// Outside Development, the web app refuses to start with <c>Database:SeedDemo</c> on or a <see cref="DemoPassword"/>
    /// set, so a published studio never has documented sign-ins; true allows it (a demonstration server, tests).
    /// </summary>
    public bool AllowDemoOutsideDevelopment { get; set; }

    /// <summary>
    /// This node's name in logs, traces and metrics (the Node of every order and batch log line). Empty: the machine
    /// name and process id, which tells nodes apart but changes at every restart; set it to keep one name per node.
    /// </summary>
    public string? NodeName { get; set; }
}
