using System.Diagnostics;
using System.Text.Json;
using LetterStudio.TestSupport;

namespace LetterStudio.Cli.Tests.Health;

/// <summary>`letterstudio health`: the readiness checks and the job nodes alive, for a worker machine's monitor.</summary>
public class HealthCommandTests
{
    private static Dictionary<string, string> Checks(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString()!);

    [Test]
    public async Task A_studio_with_no_job_node_is_not_ready_and_a_running_worker_makes_it_ready()
    {
        using var cli = await CliSession.SeededAsync();

        var alone = await cli.RunAsync("health");
        Assert.That(alone.ExitCode, Is.EqualTo(4), alone.ToString());
        var checks = Checks(alone.Stdout);
        Assert.That(checks["database"], Is.EqualTo("Healthy"));
        Assert.That(checks["migrations"], Is.EqualTo("Healthy"));
        Assert.That(checks["jobs"], Is.EqualTo("Healthy"), "the job store answers");
        Assert.That(checks["job-nodes"], Is.EqualTo("Unhealthy"), alone.Stdout);

        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(ProcessRunner.FindBuiltDll("LetterStudio.Cli", "letterstudio.dll"));
        psi.ArgumentList.Add("worker");
        psi.Environment["Studio__DataFolder"] = cli.DataFolder;
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var worker = Process.Start(psi)!;
        var started = new TaskCompletionSource();
        worker.OutputDataReceived += (_, e) => { if (e.Data?.Contains("is taking print jobs", StringComparison.Ordinal) == true) started.TrySetResult(); };
        worker.BeginOutputReadLine();
        worker.BeginErrorReadLine();
        try
        {
            await started.Task.WaitAsync(TimeSpan.FromMinutes(1));
            var withWorker = await cli.RunAsync("health", "--this-machine");
            Assert.That(withWorker.ExitCode, Is.Zero, withWorker.ToString());
            Assert.That(Checks(withWorker.Stdout)["job-nodes"], Is.EqualTo("Healthy"));
            Assert.That(withWorker.Stdout, Does.Contain("1 job node(s) on " + Environment.MachineName + " alive"));
        }
        finally
        {
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
        }
    }

    [Test]
    public async Task An_unmigrated_database_is_not_ready_and_says_so()
    {
        using var cli = new CliSession();

        var result = await cli.RunAsync("health");

        Assert.That(result.ExitCode, Is.EqualTo(4), result.ToString());
        Assert.That(Checks(result.Stdout)["migrations"], Is.EqualTo("Unhealthy"));
        Assert.That(result.Stdout, Does.Contain("migration(s) pending"));
    }
}
