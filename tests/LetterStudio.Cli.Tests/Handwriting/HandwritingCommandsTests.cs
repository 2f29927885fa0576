using System.CommandLine;
using System.Diagnostics;
using LetterStudio.Cli.Handwriting;

namespace LetterStudio.Cli.Tests.Handwriting;

/// <summary>`render`, `envelope` and `fonts` run in-process through System.CommandLine, as Program.cs runs them.</summary>
public class HandwritingCommandsTests
{
    private const string LetterText = """
        Dear Margaret,

        I hope this letter finds you well and that the garden
        is finally blooming after all that rain.

        Things here are quiet but good.

        With warmest wishes,
        Eleanor
        """;

    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("handwriting-cli-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string In(string name) => Path.Combine(_folder, name);

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var root = new RootCommand();
        foreach (var command in HandwritingCommands.Create()) root.Subcommands.Add(command);
        var output = new StringWriter();
        var error = new StringWriter();
        int code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    private static string PdfToText(string pdf)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", pdf, "-"]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return string.Join(' ', text.Split((char[])[' ', '\n', '\f'], StringSplitOptions.RemoveEmptyEntries));
    }

    [Test]
    public async Task Render_writes_the_letter_as_a_pdf_and_previews_every_page()
    {
        var input = Write("letter.txt", LetterText);

        var (code, output, error) = await Run("render", input, "-o", In("letter.pdf"), "--font", "caveat", "--ink", "#203060",
            "--paper", "Card5x7", "--stationery", "ruled", "--realism", "3", "--seed", "7", "--png-dir", In("png"));

        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.Contain("page(s), font caveat, realism 3, seed 7"));
        Assert.That(PdfToText(In("letter.pdf")), Is.EqualTo(
            "Dear Margaret, I hope this letter finds you well and that the garden is finally blooming after all that rain. " +
            "Things here are quiet but good. With warmest wishes, Eleanor"));
        Assert.That(Directory.GetFiles(In("png"), "letter-page*.png"), Is.Not.Empty);
    }

    [Test]
    public async Task Render_with_the_same_seed_writes_the_same_bytes()
    {
        var input = Write("letter.txt", LetterText);

        await Run("render", input, "-o", In("a.pdf"), "--seed", "3");
        await Run("render", input, "-o", In("b.pdf"), "--seed", "3");

        Assert.That(File.ReadAllBytes(In("b.pdf")), Is.EqualTo(File.ReadAllBytes(In("a.pdf"))));
    }

    [Test]
    public async Task Render_names_the_line_and_column_of_a_character_no_font_covers()
    {
        var input = Write("letter.txt", LetterText.Replace("Things here", "Things 张 here"));

        var (code, _, error) = await Run("render", input, "-o", In("letter.pdf"));

        Assert.That(code, Is.EqualTo(1));
        Assert.That(error, Does.Contain($"{input}:6:8:").And.Contain("U+5F20"));
        Assert.That(File.Exists(In("letter.pdf")), Is.False, "no half-written PDF");
    }

    [Test]
    public async Task Render_names_the_line_of_a_character_inside_a_multi_line_paragraph()
    {
        var input = Write("letter.txt", LetterText.Replace("is finally", "is \u0007finally"));

        var (code, _, error) = await Run("render", input, "-o", In("letter.pdf"));

        Assert.That(code, Is.EqualTo(1));
        Assert.That(error, Does.Contain($"{input}:4:4:").And.Contain("U+0007"));
    }

    [Test]
    public async Task Render_refuses_a_letter_without_closing_and_signature()
    {
        var input = Write("letter.txt", "Dear Margaret,\n\nJust this.\n");

        var (code, _, error) = await Run("render", input, "-o", In("letter.pdf"));

        Assert.That(code, Is.EqualTo(1));
        Assert.That(error, Does.Contain(input).And.Contain("closing"));
    }

    [TestCase("--font", "comic-sans", "unknown font 'comic-sans'")]
    [TestCase("--ink", "blue", "--ink")]
    [TestCase("--realism", "5", "--realism")]
    [TestCase("--size", "200", "--size")]
    public async Task Render_refuses_bad_options_with_exit_code_2(string option, string value, string message)
    {
        var input = Write("letter.txt", LetterText);

        var (code, _, error) = await Run("render", input, "-o", In("letter.pdf"), option, value);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain(message));
    }

    [Test]
    public async Task An_unknown_paper_size_is_a_parse_error_naming_the_value()
    {
        var input = Write("letter.txt", LetterText);

        var (code, _, error) = await Run("render", input, "-o", In("letter.pdf"), "--paper", "B7");

        Assert.That(code, Is.EqualTo(1));
        Assert.That(error, Does.Contain("B7"));
        Assert.That(File.Exists(In("letter.pdf")), Is.False);
    }

    [Test]
    public async Task Render_refuses_a_missing_input_file_with_exit_code_2()
    {
        var (code, _, error) = await Run("render", In("nowhere.txt"), "-o", In("letter.pdf"));

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("nowhere.txt"));
    }

    [TestCase("DL")]
    [TestCase("C5")]
    [TestCase("No10")]
    public async Task Envelope_writes_both_addresses(string size)
    {
        var to = Write("to.txt", "Margaret Hill\n12 Orchard Lane\nBristol BS8 4DJ\n");
        var from = Write("from.txt", "Eleanor Price\n3 Mill Road\nYork\n");

        var (code, output, error) = await Run("envelope", "--to", to, "--from", from, "-o", In("envelope.pdf"), "--size", size);

        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.Contain($"envelope {size}"));
        Assert.That(PdfToText(In("envelope.pdf")), Is.EqualTo("Eleanor Price 3 Mill Road York Margaret Hill 12 Orchard Lane Bristol BS8 4DJ"));
    }

    [Test]
    public async Task Envelope_names_the_address_file_line_and_column_of_a_refused_character()
    {
        var to = Write("to.txt", "Margaret Hill\n\n12 Orchard Lane \U0001F680\n");
        var from = Write("from.txt", "Eleanor Price\n");

        var (code, _, error) = await Run("envelope", "--to", to, "--from", from, "-o", In("envelope.pdf"));

        Assert.That(code, Is.EqualTo(1));
        Assert.That(error, Does.Contain($"{to}:3:17:").And.Contain("U+1F680"));
    }

    [Test]
    public async Task Fonts_lists_every_font_with_its_licence()
    {
        var (code, output, _) = await Run("fonts");

        Assert.That(code, Is.Zero);
        foreach (var id in new[] { "kristi", "caveat", "indie-flower", "patrick-hand", "breip" })
            Assert.That(output, Does.Contain(id));
        Assert.That(output, Does.Contain("SIL Open Font License").And.Contain("DejaVu Sans"));
    }
}
