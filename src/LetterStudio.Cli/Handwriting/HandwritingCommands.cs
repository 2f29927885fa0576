using System.CommandLine;
using System.Globalization;
using LetterStudio.Handwriting;

namespace LetterStudio.Cli.Handwriting;

/// <summary>
/// `letterstudio render`, `envelope` and `fonts`: the handwriting engine on the command line. They
/// need no database or settings; fonts come from the fonts folder copied beside the program.
/// Input errors name the file, line and column on stderr and exit 1; bad options exit 2.
/// </summary>
internal static class HandwritingCommands
{
    private const int Refused = 1, Usage = 2;
    private const float PreviewDpi = 150;

    // Loaded on first use and shared by the commands of one run.
    private static readonly Lazy<HandwritingRenderer> Renderer = new(() => new HandwritingRenderer(FontLibrary.Load(FontLibrary.DefaultDirectory)));

    public static IEnumerable<Command> Create() => [Render(), EnvelopeCommand(), Fonts()];

    private static Command Render()
    {
        var input = new Argument<FileInfo>("INPUT") { Description = "Plain-text letter: salutation first, paragraphs separated by blank lines, closing and signature last." };
        var output = new Option<FileInfo>("--output", "-o") { Description = "The PDF to write.", Required = true };
        var font = new Option<string?>("--font") { Description = "Font id (see `letterstudio fonts`); default the first font." };
        var size = new Option<float?>("--size") { Description = "Font size in points; default the font's own for the paper." };
        var ink = new Option<string>("--ink") { Description = "Ink colour as #RRGGBB.", DefaultValueFactory = _ => InkColor.BlueBlack.ToString() };
        var paper = new Option<PaperSize>("--paper") { Description = "A5, A4, Letter or Card5x7.", DefaultValueFactory = _ => PaperSize.A5 };
        var stationery = new Option<Stationery>("--stationery") { Description = "plain or ruled.", DefaultValueFactory = _ => Stationery.Plain };
        var realism = new Option<int>("--realism") { Description = "0 (clean type) to 3 (hurried hand).", DefaultValueFactory = _ => RenderOptions.DefaultRealism };
        var seed = new Option<long>("--seed") { Description = "Seed of the hand's irregularities: same seed, same PDF.", DefaultValueFactory = _ => 1 };
        var pen = new Option<Pen>("--pen") { Description = "Ballpoint, FountainPen or FeltTip: how the ink changes along the text.", DefaultValueFactory = _ => Pen.Ballpoint };
        var pngDir = new Option<DirectoryInfo?>("--png-dir") { Description = $"Also write a PNG preview of every page here ({PreviewDpi:0} dpi)." };
        var command = new Command("render", "Write a letter by hand into a PDF.") { input, output, font, size, ink, paper, stationery, realism, seed, pen, pngDir };
        command.SetAction(parse => Guard(parse, () =>
        {
            var options = new RenderOptions
            {
                FontId = CheckFont(parse.GetValue(font)),
                FontSize = CheckSize(parse.GetValue(size)),
                Ink = ParseInk(parse.GetValue(ink)!),
                Paper = parse.GetValue(paper),
                Stationery = parse.GetValue(stationery),
                Realism = CheckRealism(parse.GetValue(realism)),
                Seed = parse.GetValue(seed),
                Pen = parse.GetValue(pen),
            };
            var file = LetterTextFile.Read(ExistingFile(parse.GetValue(input)!));
            var target = parse.GetValue(output)!;
            RenderResult result;
            try
            {
                // Render to memory first, so a refused letter leaves no half-written file behind.
                using var pdf = new MemoryStream();
                result = Renderer.Value.RenderPdf(file.Letter, options, pdf);
                File.WriteAllBytes(target.FullName, pdf.ToArray());
            }
            catch (UnsupportedCharacterException refused)
            {
                throw file.Locate(refused);
            }
            var written = parse.InvocationConfiguration.Output;
            written.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {target.FullName}: {result.PageCount} page(s), font {Renderer.Value.Fonts.Get(options.FontId).Id}, realism {options.Realism}, seed {options.Seed}."));
            if (parse.GetValue(pngDir) is { } folder)
            {
                folder.Create();
                var stem = Path.GetFileNameWithoutExtension(target.Name);
                for (int page = 0; page < result.PageCount; page++)
                {
                    var png = Path.Combine(folder.FullName, $"{stem}-page{page + 1}.png");
                    using var stream = File.Create(png);
                    Renderer.Value.RenderPng(file.Letter, options, page, PreviewDpi, stream);
                    written.WriteLine($"Wrote {png}");
                }
            }
            return 0;
        }));
        return command;
    }

    private static Command EnvelopeCommand()
    {
        var to = new Option<FileInfo>("--to") { Description = "Recipient's address, one line per line.", Required = true };
        var from = new Option<FileInfo>("--from") { Description = "Return address, one line per line.", Required = true };
        var output = new Option<FileInfo>("--output", "-o") { Description = "The PDF to write.", Required = true };
        var size = new Option<EnvelopeSize>("--size") { Description = "DL, C5 or No10.", DefaultValueFactory = _ => EnvelopeSize.DL };
        var font = new Option<string?>("--font") { Description = "Font id (see `letterstudio fonts`); default the first font." };
        var seed = new Option<long>("--seed") { Description = "Seed of the hand's irregularities.", DefaultValueFactory = _ => 1 };
        var command = new Command("envelope", "Address an envelope by hand into a PDF.") { to, from, output, size, font, seed };
        command.SetAction(parse => Guard(parse, () =>
        {
            var recipient = AddressFile.Read(ExistingFile(parse.GetValue(to)!));
            var sender = AddressFile.Read(ExistingFile(parse.GetValue(from)!));
            var options = new EnvelopeOptions { Size = parse.GetValue(size), FontId = CheckFont(parse.GetValue(font)), Seed = parse.GetValue(seed) };
            var target = parse.GetValue(output)!;
            try
            {
                using var pdf = new MemoryStream();
                Renderer.Value.RenderEnvelopePdf(new Envelope { Recipient = recipient.Lines, ReturnAddress = sender.Lines }, options, pdf);
                File.WriteAllBytes(target.FullName, pdf.ToArray());
            }
            catch (UnsupportedCharacterException refused)
            {
                throw (refused.Part == LetterPart.Recipient ? recipient : sender).Locate(refused);
            }
            parse.InvocationConfiguration.Output.WriteLine($"Wrote {target.FullName}: envelope {options.Size}.");
            return 0;
        }));
        return command;
    }

    private static Command Fonts()
    {
        var command = new Command("fonts", "List the handwriting fonts.");
        command.SetAction(parse => Guard(parse, () =>
        {
            var fonts = Renderer.Value.Fonts;
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"{"ID",-14} {"NAME",-16} {"SIZE",5} {"FORMS",5}  LICENCE");
            foreach (var f in fonts.Fonts)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{f.Id,-14} {f.DisplayName,-16} {f.DefaultSize,5:0.#} {f.FormCount,5}  {f.Licence}"));
            output.WriteLine($"Fallback for missing characters: {fonts.Fallback.DisplayName} ({fonts.Fallback.Licence}). Fonts folder: {fonts.Directory}");
            return 0;
        }));
        return command;
    }

    /// <summary>Turns refusals into one line on stderr and an exit code, instead of a stack trace.</summary>
    private static int Guard(ParseResult parse, Func<int> action)
    {
        var error = parse.InvocationConfiguration.Error;
        try
        {
            return action();
        }
        catch (InputFileException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return Refused;
        }
        catch (UsageException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return Usage;
        }
        catch (ArgumentException ex)
        {
            // The engine refuses what no hand can write: a font too large for the page, margins too wide.
            error.WriteLine($"error: {ex.Message}");
            return Refused;
        }
    }

    private static string? CheckFont(string? id) =>
        id is null || Renderer.Value.Fonts.TryGet(id, out _) ? id
        : throw new UsageException($"--font: unknown font '{id}'. Fonts: {string.Join(", ", Renderer.Value.Fonts.Fonts.Select(f => f.Id))}.");

    private static InkColor ParseInk(string text) =>
        InkColor.TryParse(text, out var color) ? color : throw new UsageException($"--ink: '{text}' is not a colour in the form #RRGGBB.");

    private static float? CheckSize(float? size) =>
        size is null or (>= 4 and <= 96) ? size : throw new UsageException($"--size: {size} pt is not between 4 and 96.");

    private static int CheckRealism(int level) =>
        level is >= 0 and <= 3 ? level : throw new UsageException($"--realism: {level} is not a level from 0 to 3.");

    private static string ExistingFile(FileInfo file) =>
        file.Exists ? file.FullName : throw new UsageException($"{file.FullName}: no such file.");

    private sealed class UsageException(string message) : Exception(message);
}
