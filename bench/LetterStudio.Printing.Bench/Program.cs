// Print batch benchmark: run with
//   dotnet run -c Release --project bench/LetterStudio.Printing.Bench [-- letters=10000 compare=2000 part=500 distinct=300 threads=1]
// Renders `distinct` letters of 1-3 pages with the engine (its pages/s in this run is the baseline),
// then builds a batch of `compare` and one of `letters` letters from them through
// BatchPartWriter (parts of `part`) and BatchAssembler, and prints letters/s including envelopes,
// the ratio to the engine's pages/s, and the peak working set of each batch.
using System.Diagnostics;
using System.Globalization;
using LetterStudio.Handwriting;
using LetterStudio.Handwriting.Bench;
using LetterStudio.Printing;
using LetterStudio.Printing.Bench;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var settings = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture));
var letters = settings.GetValueOrDefault("letters", 10_000);
var compare = settings.GetValueOrDefault("compare", 2_000);
var partSize = settings.GetValueOrDefault("part", 500);
var distinct = settings.GetValueOrDefault("distinct", 300);
var threads = settings.GetValueOrDefault("threads", 1);
// Each batch size runs in a fresh process (only=N), so one batch's memory cannot raise the next one's peak.
if (!settings.ContainsKey("only"))
{
    foreach (var size in new[] { compare, letters }.Distinct())
    {
        var child = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        child.ArgumentList.Add(typeof(LetterStore).Assembly.Location);
        foreach (var arg in args) child.ArgumentList.Add(arg);
        child.ArgumentList.Add($"only={size}");
        using var process = Process.Start(child)!;
        Console.Write(process.StandardOutput.ReadToEnd());
        process.WaitForExit();
        if (process.ExitCode != 0) return process.ExitCode;
        Console.WriteLine();
    }
    return 0;
}
var only = settings["only"];
const int LettersPerGroup = 2_500;

var root = Path.Combine(Path.GetTempPath(), $"letterstudio-print-bench-{Environment.ProcessId}");
using var fonts = FontLibrary.Load(FontLibrary.DefaultDirectory);
var renderer = new HandwritingRenderer(fonts);
var store = new LetterStore(Path.Combine(root, "store"));
double enginePagesPerSecond = 0;
try
{
    Console.WriteLine($"Print batch benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, parts of {partSize}, {threads} part writer thread(s)");
    var watch = Stopwatch.StartNew();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var pages = store.Render(renderer, distinct);
    var engineSeconds = watch.Elapsed.TotalSeconds;
    var engineCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    enginePagesPerSecond = pages / engineSeconds;
    Console.WriteLine($"engine: {distinct} letters, {pages} pages in {engineSeconds:F1} s = {enginePagesPerSecond:F0} pages/s ({pages / engineCpu:F0} per CPU-s, baseline)");
    MeasureEnvelopes(1000);
    Console.WriteLine();
    Console.WriteLine($"{"batch",7} {"seconds",8} {"letters/s",10} {"per CPU-s",10} {"vs engine",10} {"peak MB",8} {"(parts)",8} {"GC heap MB",11} {"letters.pdf MB",15} {"pages",7}");
    RunBatch(only);
    Console.WriteLine();
    Console.WriteLine($"'vs engine' is batch letters/s (each letter copied, marked and given a written envelope) over the engine's pages/s above.");
    Console.WriteLine($"process peak working set over the whole run: {PeakMemory.ProcessPeakMegabytes:F1} MB");
}
finally
{
    Directory.Delete(root, recursive: true);
}
return 0;

// The envelope path alone (engine, one streamed document), to show what share of a batch it takes.
void MeasureEnvelopes(int count)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    using (var document = renderer.CreateDocument(Stream.Null, new DocumentInfo("Envelopes", "")))
        for (var i = 1; i <= count; i++)
            document.AddEnvelope(new Envelope { Recipient = [$"Margaret Example {i}", $"{i} Harbour Road", "Whitby YO21 3PU"], ReturnAddress = ["LetterStudio", "1 Quill Lane"] },
                new EnvelopeOptions { FontId = fonts.Fonts[i % fonts.Fonts.Count].Id, Seed = i });
    var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    Console.WriteLine($"envelopes alone: {count / watch.Elapsed.TotalSeconds:F0}/s ({count / cpuSeconds:F0} per CPU-s)");
}

void RunBatch(int size)
{
    var folder = Path.Combine(root, $"batch-{size}");
    var batch = new BatchSettings(size, Duplex: true, "A5 cream laid", ["LetterStudio", "1 Quill Lane", "Bath BA1 1AA"]);
    var writer = new BatchPartWriter(renderer);
    GC.Collect();
    GC.WaitForPendingFinalizers();
    using var memory = new PeakMemory();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    var partCount = (size + partSize - 1) / partSize;
    var parts = new PartFiles[partCount];
    Parallel.For(0, partCount, new ParallelOptions { MaxDegreeOfParallelism = threads }, p =>
    {
        // Each part loads its own letters, as the job engine loads them from the database per part.
        var partLetters = Enumerable.Range(p * partSize + 1, Math.Min(partSize, size - p * partSize))
            .Select(sequence => store.Load(sequence, LettersPerGroup, fonts.Fonts)).ToList();
        parts[p] = writer.WritePart(batch, partLetters, folder, p + 1, null, CancellationToken.None);
    });
    var partsPeak = memory.PeakMegabytes;
    var partsSeconds = watch.Elapsed.TotalSeconds;
    var files = new BatchAssembler().Assemble(batch, parts, ManifestLine.FromParts(parts), folder);
    var seconds = watch.Elapsed.TotalSeconds;
    var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    var failures = parts.Sum(p => p.Failures.Count);
    if (failures > 0) throw new InvalidOperationException($"{failures} letters failed: {parts.SelectMany(p => p.Failures).First()}");
    if (files.EnvelopesPdf.Pages != size) throw new InvalidOperationException($"{files.EnvelopesPdf.Pages} envelopes for {size} letters");
    var heap = GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes / 1048576.0;
    Console.WriteLine($"{size,7} {seconds,8:F1} {size / seconds,10:F0} {size / cpuSeconds,10:F0} {size / seconds / enginePagesPerSecond,9:F2}x {memory.PeakMegabytes,8:F0} {partsPeak,8:F0} {heap,11:F0} {files.LettersPdf.Bytes / 1048576.0,15:F0} {files.LettersPdf.Pages,7}");
    Console.WriteLine($"{"",7} parts {partsSeconds:F1} s, assembly {seconds - partsSeconds:F1} s; {GC.CollectionCount(2)} gen-2 collections so far");
    Directory.Delete(folder, recursive: true);
}
