using System.CommandLine;
using System.Text.Json;
using LetterStudio.Cli.Handwriting;
using LetterStudio.Cli.Inspection;
using SkiaSharp;

namespace LetterStudio.Cli.Tests.Inspection;

/// <summary>`inspect` run in-process through System.CommandLine, as Program.cs runs it.</summary>
public class InspectCommandTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("inspect-cli-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private string In(string name) => Path.Combine(_folder, name);

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var root = new RootCommand { InspectCommand.Create() };
        foreach (var command in HandwritingCommands.Create()) root.Subcommands.Add(command);
        var output = new StringWriter();
        var error = new StringWriter();
        int code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A note of short words, no doubled letter, no word twice, none of 4+ letters, one ink: no tell.</summary>
    private string CleanNote()
    {
        var path = In("note.pdf");
        using (var stream = File.Create(path))
        using (var document = SKDocument.CreatePdf(stream))
        {
            var canvas = document.BeginPage(420, 595);
            using var font = new SKFont(SKTypeface.FromFile(Path.Combine(AppContext.BaseDirectory, "fonts", "caveat", "Caveat-Regular.ttf")), 20);
            using var paint = new SKPaint { Color = new SKColor(0x20, 0x30, 0x60) };
            canvas.DrawText("Hi Kim, how are you?", 40, 80, SKTextAlign.Left, font, paint);
            document.EndPage();
            document.Close();
        }
        return path;
    }

    private async Task<string> CleanTypeLetter()
    {
        File.WriteAllText(In("letter.txt"), "Dear Margaret,\n\nThe garden is blooming after all that rain, and the roses are out.\n\nWith love,\nEleanor\n");
        var (code, _, error) = await Run("render", In("letter.txt"), "-o", In("letter.pdf"), "--font", "caveat", "--realism", "0");
        Assert.That(code, Is.Zero, error);
        return In("letter.pdf");
    }

    [Test]
    public async Task A_letter_without_tells_exits_0_and_says_so()
    {
        var (code, output, error) = await Run("inspect", CleanNote());

        Assert.That(code, Is.Zero, output + error);
        Assert.That(output, Does.StartWith("note.pdf: no robot tells (1 page(s), 5 words)."));
        Assert.That(output, Does.Not.Contain("FAIL"));
    }

    [Test]
    public async Task A_letter_in_clean_type_exits_1_with_the_failing_tells_and_where_they_show()
    {
        var (code, output, _) = await Run("inspect", await CleanTypeLetter());

        Assert.That(code, Is.EqualTo(1));
        Assert.That(output, Does.Match(@"Rigid words \(4\+ letters on one straight line\)\s+1\s+>= 0.2\s+FAIL"));
        Assert.That(output, Does.Contain("Words written again with the same forms"));
        Assert.That(output, Does.Match(@"page 1, x\s+[\d.]+ y\s+[\d.]+ pt\s+""garden"""));
    }

    [Test]
    public async Task Json_holds_every_tell_with_value_threshold_and_result()
    {
        var (code, output, _) = await Run("inspect", await CleanTypeLetter(), "--json");

        Assert.That(code, Is.EqualTo(1));
        using var json = JsonDocument.Parse(output);
        var tells = json.RootElement.GetProperty("tells").EnumerateArray().ToList();
        Assert.That(tells.Select(t => t.GetProperty("id").GetString()), Is.EqualTo(new[]
            { "doubled-letters", "repeated-words", "rigid-words", "touching-words", "ink-steps", "fallback-glyphs", "page-fullness" }));
        var rigid = tells.Single(t => t.GetProperty("id").GetString() == "rigid-words");
        Assert.That(rigid.GetProperty("fails").GetBoolean(), Is.True);
        Assert.That(rigid.GetProperty("threshold").GetDouble(), Is.EqualTo(0.2));
        Assert.That(rigid.GetProperty("examples").GetArrayLength(), Is.GreaterThan(0));
        Assert.That(json.RootElement.GetProperty("pages")[0].GetProperty("figures").GetProperty("words").GetInt32(), Is.EqualTo(18));
    }

    [Test]
    public async Task A_file_that_is_not_a_pdf_exits_2_naming_it()
    {
        File.WriteAllText(In("letter.pdf"), "Dear Margaret, this is only text.");

        var (code, output, error) = await Run("inspect", In("letter.pdf"));

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.StartWith($"error: {In("letter.pdf")}: not a readable PDF"));
        Assert.That(output, Is.Empty);
    }

    [Test]
    public async Task A_missing_file_exits_2()
    {
        var (code, _, error) = await Run("inspect", In("nowhere.pdf"));

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("nowhere.pdf: no such file"));
    }
}
