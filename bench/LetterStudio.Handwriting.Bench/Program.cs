// Handwriting engine benchmark: run with
//   dotnet run -c Release --project bench/LetterStudio.Handwriting.Bench [-- letters=1000 pages=10000 inspect=1000]
// Prints pages/s and peak working set for 1,000 one-page letters each in its own PDF at the
// default realism, at realism 0 and as plain SkiaSharp text (the baseline, same run), the ratios
// against the baseline, and 10,000 pages streamed into one PDF with its text checked by pdftotext.
using System.Diagnostics;
using System.Globalization;
using LetterStudio.Handwriting;
using LetterStudio.Handwriting.Bench;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var settings = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => int.Parse(p[1]));
int letters = settings.GetValueOrDefault("letters", 1000);
int streamedPages = settings.GetValueOrDefault("pages", 10000);
int inspected = settings.GetValueOrDefault("inspect", 1000);
const int WarmUp = 50;

using var fonts = FontLibrary.Load(FontLibrary.DefaultDirectory);
var renderer = new HandwritingRenderer(fonts);
var cleanLayout = renderer.Measure(BenchLetter.Letter, BenchLetter.Options(0, 1));
if (cleanLayout.Pages.Count != 1) throw new InvalidOperationException("The benchmark letter must fit one page.");
var baseline = new PlainSkiaBaseline(Path.Combine(fonts.Directory, fonts.Get("kristi").OriginalFileName), cleanLayout, 17);

Console.WriteLine($"Handwriting benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
                  $"{BenchLetter.ExpectedText.Split(' ').Length} words, Kristi 17 pt on A5, one thread");
Console.WriteLine();
Console.WriteLine($"{"one page per PDF",-34} {"pages/s",9} {"per CPU-s",9} {"peak MB",8} {"KB/page",8} {"vs plain",9}");
var modes = new List<Mode>
{
    new("plain SkiaSharp lines (baseline)", (seed, s) => baseline.Render(s)),
    new($"handwriting, realism {RenderOptions.DefaultRealism} (default)",
        (seed, s) => renderer.RenderPdf(BenchLetter.Letter, BenchLetter.Options(RenderOptions.DefaultRealism, seed), s)),
    new("handwriting, realism 0", (seed, s) => renderer.RenderPdf(BenchLetter.Letter, BenchLetter.Options(0, seed), s)),
    new("handwriting, realism 3", (seed, s) => renderer.RenderPdf(BenchLetter.Letter, BenchLetter.Options(3, seed), s)),
};
MeasureInterleaved(modes);
var plain = modes[0];
foreach (var mode in modes) Report(mode, plain);
Console.WriteLine();
var realismDefault = modes[1];
Console.WriteLine($"realism {RenderOptions.DefaultRealism} costs {realismDefault.Seconds / plain.Seconds:F2}x plain SkiaSharp by wall clock, " +
                  $"{realismDefault.CpuSeconds / plain.CpuSeconds:F2}x by CPU time (target <= 2.5x); " +
                  $"{realismDefault.PagesPerSecond:F0} pages/s, {realismDefault.PagesPerCpuSecond:F0} per CPU-second (target >= 350)");
Console.WriteLine();
Console.WriteLine(LayoutTells.Over(renderer, letters));
Console.WriteLine(PdfTells.Over(renderer, fonts.Fonts.Where(f => !f.IsFallback).Select(f => f.Id).ToList(), inspected));
Console.WriteLine();
StreamIntoOne(streamedPages);
Console.WriteLine($"process peak working set over the whole run: {PeakMemory.ProcessPeakMegabytes:F1} MB");
return 0;

// The modes take turns in ten rounds, so load from other processes on the machine falls on all
// of them alike and the ratios stay fair. CPU time is reported beside wall-clock time for the same reason.
void MeasureInterleaved(List<Mode> all)
{
    const int Rounds = 10;
    foreach (var mode in all)
        for (int i = 0; i < WarmUp; i++) mode.Render(i, new MemoryStream());
    for (int round = 0; round < Rounds; round++)
    foreach (var mode in all)
    {
        int count = letters / Rounds;
        GC.Collect();
        using var memory = new PeakMemory();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < count; i++)
        {
            using var output = new MemoryStream();
            mode.Render(1000 + round * count + i, output);
            mode.Bytes += output.Length;
        }
        mode.Seconds += watch.Elapsed.TotalSeconds;
        mode.CpuSeconds += (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        mode.Pages += count;
        mode.PeakMegabytes = Math.Max(mode.PeakMegabytes, memory.PeakMegabytes);
    }
}

static void Report(Mode r, Mode plain) =>
    Console.WriteLine($"{r.Name,-34} {r.PagesPerSecond,9:F1} {r.PagesPerCpuSecond,9:F1} {r.PeakMegabytes,8:F1} {r.Bytes / 1024.0 / r.Pages,8:F1} {r.Seconds / plain.Seconds,8:F2}x");

void StreamIntoOne(int pages)
{
    var path = Path.Combine(Path.GetTempPath(), $"letterstudio-bench-{Environment.ProcessId}.pdf");
    try
    {
        GC.Collect();
        double seconds, cpuSeconds, peak;
        using (var memory = new PeakMemory())
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            using (var file = File.Create(path))
            using (var document = renderer.CreateDocument(file, new DocumentInfo("Benchmark batch", "LetterStudio")))
            {
                for (int i = 0; i < pages; i++) document.AddLetter(BenchLetter.Letter, BenchLetter.Options(RenderOptions.DefaultRealism, i));
                document.Close();
            }
            seconds = watch.Elapsed.TotalSeconds;
            cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            peak = memory.PeakMegabytes;
        }
        long size = new FileInfo(path).Length;
        Console.WriteLine($"{pages} pages streamed into one PDF at realism {RenderOptions.DefaultRealism}: {pages / seconds:F1} pages/s ({pages / cpuSeconds:F1} per CPU-second), " +
                          $"peak {peak:F1} MB (target < 300), {size / 1024.0 / pages:F2} KB/page, {size / 1048576.0:F1} MB file");
        Console.WriteLine($"text extraction (pdftotext, every page): {CheckText(path, pages)}");
    }
    finally
    {
        File.Delete(path);
    }
}

static string CheckText(string path, int pages)
{
    var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true };
    using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
    var text = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    var extracted = text.Split('\f', StringSplitOptions.RemoveEmptyEntries)
        .Select(page => string.Join(' ', page.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)))
        .Where(page => page.Length > 0).ToList();
    int exact = extracted.Count(page => page == BenchLetter.ExpectedText);
    return exact == pages && extracted.Count == pages
        ? $"exact on all {pages} pages"
        : $"MISMATCH: {exact} of {pages} pages exact ({extracted.Count} pages extracted)";
}

internal sealed class Mode(string name, Action<long, Stream> render)
{
    public string Name { get; } = name;
    public Action<long, Stream> Render { get; } = render;
    public int Pages { get; set; }
    public long Bytes { get; set; }
    public double Seconds { get; set; }
    public double CpuSeconds { get; set; }
    public double PeakMegabytes { get; set; }
    public double PagesPerSecond => Pages / Seconds;
    public double PagesPerCpuSecond => Pages / CpuSeconds;
}
