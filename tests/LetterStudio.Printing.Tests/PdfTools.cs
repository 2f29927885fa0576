using System.Diagnostics;

namespace LetterStudio.Printing.Tests;

/// <summary>The real tools (Debian packages qpdf and poppler-utils) run on files.</summary>
internal static class PdfTools
{
    public static (int ExitCode, string Output) QpdfCheck(string file) => Run("qpdf", "--check", file);

    public static string PdfToText(string file, int firstPage, int lastPage) =>
        Run("pdftotext", "-enc", "UTF-8", "-f", $"{firstPage}", "-l", $"{lastPage}", file, "-").Output;

    /// <summary>Renders one page (from 1) at 150 dpi and returns the PNG file.</summary>
    public static string RenderPage(string file, int page, string folder)
    {
        var prefix = Path.Combine(folder, $"page-{Guid.NewGuid():N}");
        var (code, output) = Run("pdftoppm", "-r", "150", "-png", "-singlefile", "-f", $"{page}", "-l", $"{page}", file, prefix);
        if (code != 0) throw new InvalidOperationException($"pdftoppm failed: {output}");
        return prefix + ".png";
    }

    public static (int ExitCode, string Output) Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
