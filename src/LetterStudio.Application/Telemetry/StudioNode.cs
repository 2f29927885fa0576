namespace LetterStudio.Application.Telemetry;

/// <summary>
/// This process's name among the studio's nodes, on every log line about an order or batch and on every span and
/// metric it exports: <c>Studio:NodeName</c> when set, else the machine name and process id. It is a fact about the
/// process (one node per process), so it is kept here rather than passed through every use case.
/// </summary>
public static class StudioNode
{
    public static string Name { get; private set; } = Default;

    public static string Default => $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>Called once settings are validated; an empty setting keeps the default.</summary>
    public static void Use(string? configured) => Name = string.IsNullOrWhiteSpace(configured) ? Default : configured.Trim();
}
