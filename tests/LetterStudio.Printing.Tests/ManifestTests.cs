using LetterStudio.TestSupport;

namespace LetterStudio.Printing.Tests;

public class ManifestTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = TempFolder.Create("manifest");

    [TearDown]
    public void DeleteFolder() => TempFolder.Delete(_folder);

    [Test]
    public void The_manifest_pdf_stays_on_one_page_however_many_letters_and_groups()
    {
        var run = BatchRun.For(duplex: true);
        var lines = Enumerable.Range(1, 600).Select(i => new ManifestLine(i, $"LS-{i:000000}", $"Recipient {i}", [$"{i} Long Road", "Town"], 1, i * 2, i * 2,
            $"A4 · paper {i / 15} · ink")).ToList();

        var files = new BatchAssembler().Assemble(TestLetters.Settings(true), run.Parts, lines, _folder);

        Assert.That(files.ManifestPdf.Pages, Is.EqualTo(1));
        Assert.That(PdfTools.Run("qpdf", "--show-npages", files.ManifestPdf.Path).Output.Trim(), Is.EqualTo("1"));
        var text = PdfTools.PdfToText(files.ManifestPdf.Path, 1, 1);
        Assert.That(text, Does.Contain("more groups (see manifest.csv)"));
        Assert.That(text, Does.Contain("more letters: see manifest.csv for all 600"));
        Assert.That(File.ReadAllLines(files.ManifestCsv.Path), Has.Length.EqualTo(601));
    }

    [Test]
    public void Customer_text_that_a_spreadsheet_would_run_as_a_formula_is_defused_and_commas_are_quoted()
    {
        var run = BatchRun.For(duplex: true);
        ManifestLine[] lines =
        [
            new(1, "LS-000001", "=HYPERLINK(\"http://evil.example\",\"x\")", ["1 Road, Flat 2", "@Town"], 1, 2, 2, "A5 · cream"),
            new(2, "LS-000002", "Ann \"Nan\" Smith", ["-5 Road"], 1, 3, 3, "A5 · cream"),
        ];
        var files = new BatchAssembler().Assemble(TestLetters.Settings(true), run.Parts, lines, _folder);
        var rows = PrintManifest.Read(files.ManifestCsv.Path);
        Assert.That(rows[0].Recipient, Is.EqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")"));
        Assert.That(rows[0].PostalAddress, Is.EqualTo("1 Road, Flat 2, @Town"));
        Assert.That(rows[1].Recipient, Is.EqualTo("Ann \"Nan\" Smith"));
        Assert.That(rows[1].PostalAddress, Is.EqualTo("'-5 Road"));
    }

    [Test]
    public void Assembling_refuses_a_part_file_changed_since_it_was_written()
    {
        var run = BatchRun.For(duplex: true);
        var copy = Path.Combine(_folder, "letters-part-0001.pdf");
        File.Copy(run.Parts[0].LettersPdf.Path, copy);
        File.AppendAllText(copy, "% appended later\n");
        var changed = run.Parts[0] with { LettersPdf = run.Parts[0].LettersPdf with { Path = copy } };

        var error = Assert.Throws<InvalidDataException>(() =>
            new BatchAssembler().Assemble(TestLetters.Settings(true), [changed, run.Parts[1]], run.Manifest, Path.Combine(_folder, "out")));

        Assert.That(error!.Message, Does.Contain("letters-part-0001.pdf").And.Contain("changed"));
        Assert.That(Directory.GetFiles(Path.Combine(_folder, "out")), Is.Empty, "nothing half-written is left");
    }
}
