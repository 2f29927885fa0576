using System.Diagnostics;

namespace LetterStudio.Handwriting.Tests;

internal static class PdfTestFiles
{
    /// <summary>The PDF with its streams decompressed (qpdf --qdf), to look at page content.</summary>
    public static byte[] Uncompressed(byte[] pdf)
    {
        var input = Path.Combine(Path.GetTempPath(), $"handwriting-qdf-{Guid.NewGuid():N}.pdf");
        var output = input + ".qdf";
        File.WriteAllBytes(input, pdf);
        try
        {
            using var process = Process.Start("qpdf", ["--qdf", "--object-streams=disable", input, output]);
            process.WaitForExit();
            return File.ReadAllBytes(output);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }
}
