using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using LetterStudio.TestSupport;

namespace LetterStudio.Web.Tests;

public class StartupTests
{
    // The deadlines below only guard against a hang (the blame timeout is 5 minutes): a first start migrates, seeds and
    // hashes the demo sign-ins, which took more than a minute on a 2-core machine with two test runs and a build on it.
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    private static Task<ProcessRunner.Result> RunWebAsync(Dictionary<string, string?> env) =>
        ProcessRunner.RunDllAsync(ProcessRunner.FindBuiltDll("LetterStudio.Web", "LetterStudio.Web.dll"), ["--urls", "http://127.0.0.1:0"], env, Deadline);

    [Test]
    public async Task An_unknown_database_provider_stops_the_app_with_one_line_naming_the_setting()
    {
        var result = await RunWebAsync(new() { ["Database__Provider"] = "Oracle", ["Studio__DataFolder"] = TempFolder.Create("web-bad") });

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1), result.ToString());
        Assert.That(result.Stderr, Does.Contain("Database:Provider 'Oracle'"));
    }

    [Test]
    public async Task An_unwritable_data_folder_stops_the_app_naming_the_setting()
    {
        var blocker = Path.Combine(TempFolder.Create("web-bad"), "file");
        await File.WriteAllTextAsync(blocker, "");

        var result = await RunWebAsync(new() { ["Studio__DataFolder"] = Path.Combine(blocker, "data") });

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr, Does.Contain("Studio:DataFolder").And.Contain("not writable"));
    }

    [Test]
    public async Task A_bad_connection_string_stops_the_app_naming_the_setting()
    {
        var result = await RunWebAsync(new() { ["Database__ConnectionString"] = "Data Sauce=oops", ["Studio__DataFolder"] = TempFolder.Create("web-bad") });

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr, Does.Contain("Database:ConnectionString"));
    }

    [Test]
    public async Task ASPNETCORE_URLS_sets_the_port_and_a_first_start_prints_no_warning()
    {
        var port = FreePort();
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(ProcessRunner.FindBuiltDll("LetterStudio.Web", "LetterStudio.Web.dll"));
        // As `dotnet run` does: the project folder is the content root, so appsettings.json applies.
        psi.WorkingDirectory = Path.GetDirectoryName(psi.ArgumentList[0])!;
        psi.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        // What `dotnet run` sets from launchSettings.json: a newcomer's first start is a Development one.
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        psi.Environment["Studio__DataFolder"] = TempFolder.Create("web-first-start");
        psi.Environment["DOTNET_NOLOGO"] = "1";
        // A home of its own, as on a fresh machine: no data-protection keys yet, so the first start makes them.
        psi.Environment["HOME"] = TempFolder.Create("web-first-home");
        using var process = Process.Start(psi)!;
        var output = new System.Text.StringBuilder();
        var listening = new TaskCompletionSource();
        void Read(string? line)
        {
            if (line is null) return;
            lock (output) output.AppendLine(line);
            if (line.Contains($"Now listening on: http://127.0.0.1:{port}")) listening.TrySetResult();
        }
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await listening.Task.WaitAsync(Deadline);
            using var http = new HttpClient();
            var login = await http.GetAsync($"http://127.0.0.1:{port}/account/login");
            Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
        finally
        {
            // Only the process this test started, by its handle.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        string log;
        lock (output) log = output.ToString();
        Assert.That(log.Split('\n').Where(l => l.StartsWith("warn:") || l.StartsWith("fail:")), Is.Empty, log);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
