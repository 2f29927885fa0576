using System.Diagnostics;
using LetterStudio.Application.Printing;
using LetterStudio.Domain.Printing;
using LetterStudio.Printing.Jobs.Batches;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Printing.Jobs.Tests;

/// <summary>`letterstudio worker` run as real processes on the same data folder and job store.</summary>
public abstract class WorkerProcessFixture
{
    private readonly List<Process> _workers = [];

    [TearDown]
    public void StopWorkers()
    {
        foreach (var w in _workers)
        {
            if (!w.HasExited) w.Kill(entireProcessTree: true);
            w.WaitForExit(10_000);
            w.Dispose();
        }
        _workers.Clear();
    }

    protected Process StartWorker(PrintStudio studio, int partSize)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(ProcessRunner.FindBuiltDll("LetterStudio.Cli", "letterstudio.dll"));
        psi.ArgumentList.Add("worker");
        foreach (var (k, v) in studio.Settings(partSize)) psi.Environment[k.Replace(":", "__", StringComparison.Ordinal)] = v;
        psi.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(psi)!;
        var log = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _logs.Add(log);
        _workers.Add(process);
        return process;
    }

    private readonly List<System.Text.StringBuilder> _logs = [];

    protected string Output() => string.Join("\n---\n", _logs.Select(l => { lock (l) return l.ToString(); }));
}

[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public sealed class WorkerProcessTests(TestProvider provider) : WorkerProcessFixture
{
    [Test]
    public async Task Two_worker_processes_build_one_batch_with_every_part_done_exactly_once()
    {
        // This process only puts the work in the store; the two workers do it.
        await using var studio = await PrintStudio.StartAsync(provider, runJobs: false, partSize: 2);
        var ids = await studio.SeedRenderedAsync(12);
        StartWorker(studio, 2);
        StartWorker(studio, 2);

        var created = await studio.CreateBatchAsync(new BatchRequest());
        var progress = await studio.WaitAsync(created.Id);
        Assert.That(progress.Status, Is.EqualTo(PrintBatchStatus.Built), $"{progress.FailureReason}\n{Output()}");

        var batch = await studio.LoadAsync(created.Id);
        Assert.That(batch.Parts, Has.Count.EqualTo(6));
        Assert.That(batch.Parts.Select(p => p.Attempts), Is.All.EqualTo(1), "no part written twice");
        Assert.That(batch.Parts.Select(p => p.DoneBy), Is.All.Not.Null);
        var manifest = PrintManifest.Read(studio.FullPath(batch.Files.Single(f => f.Kind == PrintFileKind.ManifestCsv))).Select(r => r.OrderReference).ToList();
        Assert.That(manifest, Is.EqualTo(batch.Items.OrderBy(i => i.Sequence).Select(i => Domain.Orders.Order.ReferenceOf(i.OrderId))), "every letter once, in mailing order");
        Assert.That(batch.Items.Select(i => i.OrderId), Is.EquivalentTo(ids));
        TestContext.Out.WriteLine("parts by node: " + string.Join(", ", batch.Parts.GroupBy(p => p.DoneBy).Select(g => $"{g.Key}: {g.Count()}")));
    }
}

/// <summary>
/// SQLite only: the uninterrupted build it compares with runs on a copy of the studio taken as a file copy of its
/// database (letterstudio.db after a WAL checkpoint). A worker killed on PostgreSQL is the several-nodes test's part.
/// </summary>
[TestFixture]
public sealed class WorkerKillTests : WorkerProcessFixture
{
    [Test]
    public async Task A_worker_killed_mid_batch_is_replaced_and_the_batch_is_byte_identical_to_one_built_without_interruption()
    {
        await using var studio = await PrintStudio.StartAsync(runJobs: false, partSize: 2);
        await studio.SeedRenderedAsync(24);
        // The same studio before any batch, for the uninterrupted build to compare with.
        var copy = TempFolder.Create("print-copy");
        await studio.WithAsync(sp => Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(studio.Db(sp).Database, "PRAGMA wal_checkpoint(TRUNCATE);"));
        File.Copy(Path.Combine(studio.DataFolder, "letterstudio.db"), Path.Combine(copy, "letterstudio.db"));

        var first = StartWorker(studio, 2);
        var created = await studio.CreateBatchAsync(new BatchRequest());
        var progress = await KillMidPartAsync(studio, first, created.Id);
        Assert.That(progress.PartsDone, Is.InRange(2, progress.Parts - 1), $"the worker was killed mid-batch\n{Output()}");

        StartWorker(studio, 2);
        progress = await studio.WaitAsync(created.Id);
        Assert.That(progress.Status, Is.EqualTo(PrintBatchStatus.Built), $"{progress.FailureReason}\n{Output()}");
        var resumed = await studio.LoadAsync(created.Id);
        Assert.That(resumed.Parts.Select(p => p.DoneBy).Distinct().Count(), Is.EqualTo(2), "both workers wrote parts");

        await using var reference = await PrintStudio.StartAsync(runJobs: true, partSize: 2, dataFolder: copy);
        var again = await reference.CreateBatchAsync(new BatchRequest());
        Assert.That((await reference.WaitAsync(again.Id)).Status, Is.EqualTo(PrintBatchStatus.Built));
        var uninterrupted = await reference.LoadAsync(again.Id);

        // The manifest PDF prints when the batch was made; everything else must match to the byte.
        foreach (var kind in new[] { PrintFileKind.Letters, PrintFileKind.Envelopes, PrintFileKind.ManifestCsv })
        {
            var a = resumed.Files.Single(f => f.Kind == kind);
            var b = uninterrupted.Files.Single(f => f.Kind == kind);
            Assert.That(a.Sha256, Is.EqualTo(b.Sha256), kind.ToString());
            Assert.That(PdfText.Sha256(studio.FullPath(a)), Is.EqualTo(PdfText.Sha256(reference.FullPath(b))), kind.ToString());
        }
        Assert.That(Directory.GetFiles(studio.DataFolder, ".*.partial", SearchOption.AllDirectories), Is.Empty, "nothing half-written left behind");
    }

    /// <summary>
    /// Kills the worker at a point the test sees, not one a timer guesses: each look at the parts is made holding the
    /// database's write lock, so the worker cannot record anything between the look and the kill. It is killed once two
    /// parts are done and a third is started but not done (its row says so), that is, in the middle of writing a part.
    /// </summary>
    private async Task<BatchProgress> KillMidPartAsync(PrintStudio studio, Process worker, int batchId)
    {
        while (true)
        {
            var killed = await studio.WithAsync(async sp =>
            {
                var db = studio.Db(sp);
                // SQLite's BeginTransaction is BEGIN IMMEDIATE: it takes the write lock now, not at the first write.
                await using var tx = await db.Database.BeginTransactionAsync();
                var progress = (await BatchProgress.ReadAsync(db, batchId))!;
                var midPart = await db.PrintBatchParts.AnyAsync(p => p.PrintBatchId == batchId && p.StartedAt != null && p.DoneAt == null);
                Assert.That(progress.PartsDone < progress.Parts || midPart, Is.True, $"the worker finished before the test saw it mid-part\n{Output()}");
                if (progress.PartsDone < 2 || !midPart) return null;
                worker.Kill(entireProcessTree: true);
                await worker.WaitForExitAsync();
                return progress;
            });
            if (killed is not null) return killed;
            Assert.That(worker.HasExited, Is.False, $"the worker stopped by itself\n{Output()}");
            // Between looks the lock is free for a while, so the worker's writes are not starved; how long does not matter.
            await Task.Delay(20);
        }
    }
}
