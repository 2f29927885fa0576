using System.CommandLine;
using LetterStudio.Application.Orders;
using LetterStudio.Application.Printing;
using LetterStudio.Cli.Hosting;
using LetterStudio.Data;
using LetterStudio.Domain.Printing;
using LetterStudio.Domain.Styles;
using LetterStudio.Handwriting;
using PaperSize = LetterStudio.Domain.Styles.PaperSize;
using LetterStudio.Printing.Jobs.Batches;
using LetterStudio.Printing.Jobs.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LetterStudio.Cli.Printing;

/// <summary>`letterstudio print plan|batch|status|mark`.</summary>
internal static class PrintCommands
{
    public static Command Create(CliHost cli)
    {
        cli.ServiceModules.Add((services, configuration) =>
        {
            services.AddHandwriting();
            services.AddPrintJobs(configuration, _ => cli.RunJobsHere);
        });
        return new Command("print", "Batch printing: plan, build, follow and mark print batches.") { Plan(cli), Batch(cli), Status(cli), Mark(cli), SeedDemo(cli) };
    }

    private static Option<DateOnly?> Due() => new("--due") { Description = "Letters due on or before this date (yyyy-MM-dd)." };
    private static Option<PaperSize?> Paper() => new("--paper") { Description = "Only letters on this paper (A5, A4, Letter, Card5x7)." };

    private static Command Plan(CliHost cli)
    {
        var due = Due();
        var paper = Paper();
        var command = new Command("plan", "Show what a batch would hold: groups, letters, sheets.") { due, paper };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(parse, () => cli.WithDatabaseAsync(parse, async (sp, token) =>
        {
            var waiting = await PrintQueue.WaitingAsync(sp.GetRequiredService<LetterStudioDbContext>(), parse.GetValue(due), parse.GetValue(paper), token);
            var table = new Table().AddColumns("Group", "Letters", "Pages", "Sheets (simplex)", "Earliest due");
            foreach (var g in waiting.GroupBy(w => w.GroupLabel))
                table.AddRow(Markup.Escape(g.Key), g.Count().ToString(), g.Sum(w => w.Pages).ToString(), (1 + g.Sum(w => w.Pages)).ToString(),
                    g.Min(w => w.Due).ToString("yyyy-MM-dd"));
            parse.Ansi().Write(table);
            parse.Out().WriteLine($"{waiting.Count} letter(s) waiting in {waiting.Select(w => w.GroupKey).Distinct().Count()} group(s).");
            return ExitCodes.Ok;
        }, ct)));
        return command;
    }

    private static Command Batch(CliHost cli)
    {
        var due = Due();
        var paper = Paper();
        var max = new Option<int?>("--max") { Description = "At most this many letters." };
        var duplex = new Option<bool>("--duplex") { Description = "Print on both sides (blank backs where a letter has an odd page count)." };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Folder the finished files are copied to.", Required = true };
        var wait = new Option<bool>("--wait") { Description = "Do not build here; wait while worker processes build it." };
        var actor = new Option<string>("--as") { Description = "Who makes the batch.", DefaultValueFactory = _ => $"cli:{Environment.UserName}" };
        var command = new Command("batch", "Make a batch of the waiting letters, build it with a progress bar, and copy its files.") { due, paper, max, duplex, output, wait, actor };
        command.SetAction((parse, ct) =>
        {
            cli.RunJobsHere = !parse.GetValue(wait);
            return CliErrors.GuardAsync(parse, () => cli.WithDatabaseAsync(parse, async (sp, token) =>
            {
                var node = sp.GetRequiredService<SchedulerNode>();
                if (cli.RunJobsHere) await node.StartAsync(token);
                try
                {
                    var batch = await sp.GetRequiredService<CreateBatch>().HandleAsync(new BatchRequest(parse.GetValue(due), parse.GetValue(paper),
                        parse.GetValue(max), Duplex: parse.GetValue(duplex) ? true : null), parse.GetValue(actor)!, token);
                    parse.Out().WriteLine($"Batch {batch.Id}: {batch.LetterCount} letter(s) in {batch.Parts.Count} part(s).");
                    var progress = await FollowAsync(parse, sp, batch.Id, token);
                    if (progress.Status != PrintBatchStatus.Built)
                        return CliErrors.Fail(parse, $"batch {batch.Id} is {progress.Status}: {progress.FailureReason}", ExitCodes.Refused);
                    return await CopyAsync(parse, sp, batch.Id, parse.GetValue(output)!, token);
                }
                finally
                {
                    if (cli.RunJobsHere) await node.StopAsync(CancellationToken.None);
                }
            }, ct));
        });
        return command;
    }

    private static async Task<BatchProgress> FollowAsync(ParseResult parse, IServiceProvider sp, int batchId, CancellationToken ct)
    {
        BatchProgress progress = null!;
        await parse.Ansi().Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask($"Batch {batchId}");
                while (true)
                {
                    await using var scope = sp.CreateAsyncScope();
                    progress = (await BatchProgress.ReadAsync(scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>(), batchId, ct))!;
                    task.MaxValue = Math.Max(1, progress.Letters);
                    task.Value = progress.LettersDone;
                    task.Description = $"Batch {batchId}: {progress.LettersDone}/{progress.Letters} letters, {progress.Sheets} sheets, {progress.PartsDone}/{progress.Parts} parts";
                    if (progress.Finished) break;
                    await Task.Delay(250, ct);
                }
                task.Value = task.MaxValue;
            });
        return progress;
    }

    private static async Task<int> CopyAsync(ParseResult parse, IServiceProvider sp, int batchId, DirectoryInfo output, CancellationToken ct)
    {
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>();
        var folders = scope.ServiceProvider.GetRequiredService<PrintFolders>();
        output.Create();
        var files = await db.PrintBatchFiles.AsNoTracking().Where(f => f.PrintBatchId == batchId && f.Kind != PrintFileKind.Reprint).ToListAsync(ct);
        foreach (var f in files)
        {
            File.Copy(folders.Full(f.RelativePath), Path.Combine(output.FullName, f.FileName), overwrite: true);
            parse.Out().WriteLine($"{f.FileName,-14} {f.Bytes,12:N0} bytes  sha256 {f.Sha256}");
        }
        var failures = await db.PrintBatchItems.AsNoTracking().Where(i => i.PrintBatchId == batchId && i.FailureReason != null).ToListAsync(ct);
        foreach (var f in failures) parse.Error().WriteLine($"not printed: {Domain.Orders.Order.ReferenceOf(f.OrderId)} (order {f.OrderId}): {f.FailureReason}");
        return ExitCodes.Ok;
    }

    private static Command Status(CliHost cli)
    {
        var id = new Argument<int>("BATCH") { Description = "The batch's id." };
        var command = new Command("status", "Show a batch: progress, files, failures.") { id };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(parse, () => cli.WithDatabaseAsync(parse, async (sp, token) =>
        {
            var db = sp.GetRequiredService<LetterStudioDbContext>();
            var p = await BatchProgress.ReadAsync(db, parse.GetValue(id), token) ?? throw new NotFoundException("Print batch", parse.GetValue(id));
            parse.Out().WriteLine($"Batch {p.BatchId}: {p.Status}, {p.LettersDone}/{p.Letters} letters, {p.Sheets} sheets, {p.PartsDone}/{p.Parts} parts");
            if (p.FailureReason is not null) parse.Out().WriteLine($"Failed: {p.FailureReason}");
            foreach (var part in await db.PrintBatchParts.AsNoTracking().Where(x => x.PrintBatchId == p.BatchId).OrderBy(x => x.PartNumber).ToListAsync(token))
                parse.Out().WriteLine($"  part {part.PartNumber}: letters {part.FirstSequence}-{part.LastSequence}, {(part.IsDone ? $"done by {part.DoneBy}" : $"{part.LettersDone} done")}");
            foreach (var f in await db.PrintBatchFiles.AsNoTracking().Where(x => x.PrintBatchId == p.BatchId).ToListAsync(token))
                parse.Out().WriteLine($"  {f.Kind,-12} {f.RelativePath} {f.Bytes:N0} bytes sha256 {f.Sha256}");
            foreach (var f in await db.PrintBatchItems.AsNoTracking().Where(x => x.PrintBatchId == p.BatchId && (x.FailureReason != null || x.Pulled)).ToListAsync(token))
                parse.Out().WriteLine($"  {Domain.Orders.Order.ReferenceOf(f.OrderId)} (order {f.OrderId}): {(f.Pulled ? $"pulled: {f.PulledReason}" : $"failed: {f.FailureReason}")}");
            return ExitCodes.Ok;
        }, ct)));
        return command;
    }

    private static Command SeedDemo(CliHost cli)
    {
        var count = new Option<int>("--count") { Description = "How many letters.", DefaultValueFactory = _ => 100 };
        var unique = new Option<bool>("--unique") { Description = "Render every letter on its own (it names its order); slower." };
        var variants = new Option<int>("--variants") { Description = "Without --unique: how many different letters per look and length (1 to 1000).", DefaultValueFactory = _ => 1 };
        var command = new Command("seed-demo", "Demo and benchmark data: rendered letters waiting to print, for the demo recipients.") { count, unique, variants };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(parse, () => cli.WithDatabaseAsync(parse, async (sp, token) =>
        {
            if (parse.GetValue(variants) is < 1 or > 1000) return CliErrors.Fail(parse, "--variants must be between 1 and 1000.", ExitCodes.Usage);
            var tally = new RenderedLetterSeeder.RenderTally();
            var ids = await RenderedLetterSeeder.SeedAsync(sp.GetRequiredService<LetterStudioDbContext>(), sp.GetRequiredService<HandwritingRenderer>(),
                parse.GetValue(count), parse.GetValue(unique), TimeProvider.System, ct: token, variants: parse.GetValue(variants), tally: tally);
            parse.Out().WriteLine($"{ids.Count} rendered letter(s) waiting to print.");
            parse.Out().WriteLine(FormattableString.Invariant(
                $"engine: {tally.Letters} distinct letter(s), {tally.Pages} page(s) rendered in {tally.Elapsed.TotalSeconds:F2} s = {tally.PagesPerSecond:F0} pages/s"));
            return ExitCodes.Ok;
        }, ct)));
        return command;
    }

    private static Command Mark(CliHost cli)
    {
        var id = new Argument<int>("BATCH") { Description = "The batch's id." };
        var printed = new Option<bool>("--printed") { Description = "The batch is printed: its orders move to Printed." };
        var mailed = new Option<DateOnly?>("--mailed") { Description = "The batch was posted on this date: its orders move to Mailed and customers are told." };
        var actor = new Option<string>("--as") { Description = "Who marks it.", DefaultValueFactory = _ => $"cli:{Environment.UserName}" };
        var command = new Command("mark", "Mark a batch printed, or mailed on a date.") { id, printed, mailed, actor };
        command.SetAction((parse, ct) =>
        {
            if (parse.GetValue(printed) == (parse.GetValue(mailed) is not null))
                return Task.FromResult(CliErrors.Fail(parse, "give either --printed or --mailed DATE.", ExitCodes.Usage));
            return CliErrors.GuardAsync(parse, () => cli.WithDatabaseAsync(parse, async (sp, token) =>
            {
                var batch = parse.GetValue(mailed) is { } on
                    ? await sp.GetRequiredService<MarkBatchMailed>().HandleAsync(parse.GetValue(id), on, parse.GetValue(actor)!, token)
                    : await sp.GetRequiredService<MarkBatchPrinted>().HandleAsync(parse.GetValue(id), parse.GetValue(actor)!, token);
                parse.Out().WriteLine($"Batch {batch.Id} is now {batch.Status}.");
                return ExitCodes.Ok;
            }, ct));
        });
        return command;
    }
}
