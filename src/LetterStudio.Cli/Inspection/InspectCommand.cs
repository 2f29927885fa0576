using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using LetterStudio.Inspection;

namespace LetterStudio.Cli.Inspection;

/// <summary>
/// `letterstudio inspect FILE.pdf [--json]`: the "robot tells" report of any letter PDF, computed from the PDF.
/// Exits 0 when no tell passes its threshold, 1 when one does (so a script can gate on it), 2 when the file
/// cannot be read.
/// </summary>
internal static class InspectCommand
{
    public const int Clean = 0, Tells = 1, Unreadable = 2;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // The report quotes words and marks (“ ” — é): keep them readable rather than \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The letter PDF to inspect." };
        var json = new Option<bool>("--json") { Description = "Write the report as JSON instead of tables." };
        var command = new Command("inspect", "Report the robot tells of a letter PDF: repeated forms, rigid words, touching words, ink steps, fallback glyphs, page fullness.") { file, json };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var error = parse.InvocationConfiguration.Error;
            if (!path.Exists)
            {
                error.WriteLine($"error: {path.FullName}: no such file.");
                return Unreadable;
            }
            InspectionReport report;
            try
            {
                report = PdfInspector.Inspect(File.ReadAllBytes(path.FullName));
            }
            catch (PdfInspectionException ex)
            {
                error.WriteLine($"error: {path.FullName}: {ex.Message}");
                return Unreadable;
            }
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json)) output.WriteLine(JsonSerializer.Serialize(report, Json));
            else ReportPrinter.Print(report, path.Name, output);
            return report.AnyFails ? Tells : Clean;
        });
        return command;
    }
}
