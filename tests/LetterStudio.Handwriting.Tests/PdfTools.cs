using System.Diagnostics;

namespace LetterStudio.Handwriting.Tests;

/// <summary>Runs poppler-utils and qpdf (Debian packages poppler-utils, qpdf) on PDF bytes.</summary>
internal static class PdfTools
{
    public static string PdfToText(byte[] pdf) => Run("pdftotext", pdf, "-enc", "UTF-8", "{file}", "-").Output;

    /// <summary>The words pdftotext -bbox finds, in its order.</summary>
    public static List<string> BboxWords(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Matches(Run("pdftotext", pdf, "-bbox", "-enc", "UTF-8", "{file}", "-").Output, "<word [^>]*>([^<]*)</word>")
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    public static string PdfFonts(byte[] pdf) => Run("pdffonts", pdf, "{file}").Output;

    public static (int ExitCode, string Output) QpdfCheck(byte[] pdf) => Run("qpdf", pdf, "--check", "{file}");

    /// <summary>Parsed pdffonts rows: name, type, embedded, subset, unicode map.</summary>
    public static List<(string Name, string Type, bool Embedded, bool Subset, bool Unicode)> Fonts(byte[] pdf) =>
        PdfFonts(pdf).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).Select(line =>
        {
            // name type... encoding emb sub uni objectID gen: the last five columns are fixed.
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int n = parts.Length;
            string type = line.Contains("CID TrueType") ? "CID TrueType" : line.Contains("Type 3") ? "Type 3" : parts[1];
            return (parts[0], type, parts[n - 5] == "yes", parts[n - 4] == "yes", parts[n - 3] == "yes");
        }).ToList();

    private static (int ExitCode, string Output) Run(string tool, byte[] pdf, params string[] args)
    {
        var file = Path.Combine(Path.GetTempPath(), $"handwriting-test-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args) start.ArgumentList.Add(arg == "{file}" ? file : arg);
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result + error.Result);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
