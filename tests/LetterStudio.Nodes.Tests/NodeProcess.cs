using System.Diagnostics;
using System.Text;
using LetterStudio.TestSupport;

namespace LetterStudio.Nodes.Tests;

/// <summary>
/// One node of the studio as a real process: the web app (<c>dotnet LetterStudio.Web.dll</c>) or a worker
/// (<c>letterstudio worker</c>), started with settings as environment variables, killed by its own PID and started again
/// with the same settings. Its output is kept, every run's, for the failure message.
/// </summary>
public sealed class NodeProcess : IDisposable
{
    private readonly string name;
    private readonly string dll;
    private readonly string[] args;
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly StringBuilder log = new();
    private Process? process;

    private NodeProcess(string name, string dll, string[] args, IReadOnlyDictionary<string, string> settings)
    {
        this.name = name;
        this.dll = dll;
        this.args = args;
        this.settings = settings;
    }

    public int Pid => process?.Id ?? 0;

    public static NodeProcess Web(string name, int port, IReadOnlyDictionary<string, string> settings) =>
        new(name, ProcessRunner.FindBuiltDll("LetterStudio.Web", "LetterStudio.Web.dll"), ["--urls", $"http://127.0.0.1:{port}"], settings);

    public static NodeProcess Worker(string name, IReadOnlyDictionary<string, string> settings) =>
        new(name, ProcessRunner.FindBuiltDll("LetterStudio.Cli", "letterstudio.dll"), ["worker"], settings);

    public NodeProcess Start()
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in settings) psi.Environment[k.Replace(":", "__", StringComparison.Ordinal)] = v;
        psi.Environment["DOTNET_NOLOGO"] = "1";
        process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {name}");
        lock (log) log.AppendLine($"--- {name} started, pid {process.Id} ---");
        process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return this;
    }

    /// <summary>Kills this node and nothing else, by its PID, as a crash or an OOM killer would.</summary>
    public void Kill()
    {
        if (process is null || process.HasExited) return;
        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
        lock (log) log.AppendLine($"--- {name} killed ---");
    }

    public string Output()
    {
        lock (log) return log.ToString();
    }

    public void Dispose()
    {
        Kill();
        process?.Dispose();
    }
}
