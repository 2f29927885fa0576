using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Npgsql;

namespace LetterStudio.TestSupport;

/// <summary>The PostgreSQL server the tests use: the one CI (or the developer) names, or one of the process's own.</summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "LETTERSTUDIO_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Server = new(StartAsync);

    /// <summary>
    /// LETTERSTUDIO_TEST_POSTGRES when set; otherwise a throwaway cluster started once per process on a free
    /// loopback port (initdb + pg_ctl, as the postgres user when running as root) and stopped by PID at exit.
    /// </summary>
    public static Task<string> ConnectionStringAsync() => Server.Value;

    private static Task<string> StartAsync()
    {
        var named = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(named) ? Task.Run(StartThrowawayCluster) : Task.FromResult(named);
    }

    private static string StartThrowawayCluster()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderByDescending(b => b, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (bin is null)
            throw new InvalidOperationException(
                $"No PostgreSQL to test against: set {EnvironmentVariable} to a connection string, or install Debian's postgresql package (initdb in /usr/lib/postgresql/*/bin).");

        var folder = TempFolder.Create("postgres");
        var data = Path.Combine(folder, "data");
        var asRoot = Environment.UserName == "root";
        // PostgreSQL refuses to run as root: the cluster belongs to the postgres user, who must be able to reach the folder.
        if (asRoot) Run("chown", ["-R", "postgres:postgres", folder]);
        var port = FreePort();
        Run(bin, "initdb", asRoot, ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync"]);
        // fsync off: a throwaway cluster for tests loses nothing worth keeping in a crash, and tests run several times faster.
        var options = $"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder} -c fsync=off " +
                      "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        Run(bin, "pg_ctl", asRoot, ["-D", data, "-l", Path.Combine(folder, "server.log"), "-o", options, "-w", "start"]);
        var pid = int.Parse(File.ReadLines(Path.Combine(data, "postmaster.pid")).First());
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(pid);
        Watch(pid, folder);
        return new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres" }.ToString();
    }

    // SIGINT is PostgreSQL's fast shutdown: clients are disconnected and the server exits at once.
    private static void Stop(int pid) => _ = Kill(pid, 2);

    /// <summary>
    /// The test host is often ended before its exit handlers are done, and sometimes killed outright, so a small shell
    /// outlives it: when this process is gone it stops the server by PID (if the exit handler did not) and, once the
    /// server's pid file is gone, removes the cluster's folder.
    /// </summary>
    private static void Watch(int pid, string folder)
    {
        var pidFile = Path.Combine(folder, "data", "postmaster.pid");
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; kill -INT {pid} 2>/dev/null; " +
                     $"i=0; while [ -e '{pidFile}' ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done; rm -rf '{folder}'";
        var start = new ProcessStartInfo("setsid", ["sh", "-c", script])
        {
            UseShellExecute = false,
        };
        using var _ = Process.Start(start);
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string bin, string tool, bool asPostgres, IReadOnlyList<string> args)
    {
        var path = Path.Combine(bin, tool);
        if (asPostgres) Run("runuser", ["-u", "postgres", "--", path, .. args]);
        else Run(path, args);
    }

    private static void Run(string file, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        // pg_ctl's server keeps the inherited stdout open, so read to the end only after the tool itself has exited.
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
    }
}
