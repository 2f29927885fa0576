using LetterStudio.TestSupport;
using UglyToad.PdfPig;

namespace LetterStudio.Printing.Tests;

[TestFixture(true)]
[TestFixture(false)]
public class BatchOutputTests(bool duplex)
{
    private BatchRun _run = null!;

    [OneTimeSetUp]
    public void Build() => _run = BatchRun.For(duplex);

    [Test]
    public void Every_letter_is_in_the_combined_pdf_once_in_order_starting_on_a_new_sheet()
    {
        var combined = PageText.All(_run.Files.LettersPdf.Path);
        var previousEnd = 0;
        foreach (var (letter, line) in _run.Letters.Zip(_run.Manifest))
        {
            Assert.That(line.EnvelopeNumber, Is.EqualTo(letter.Sequence));
            var first = _run.PageOfSheet(line.FirstSheet);
            Assert.That(first, Is.GreaterThan(previousEnd), $"letter {letter.Sequence} starts after the previous one");
            var source = PageText.All(letter.LetterPdf.ToArray());
            Assert.That(source, Has.Count.EqualTo(letter.PageCount));
            for (var i = 0; i < source.Count; i++)
                Assert.That(combined[first - 1 + i], Does.StartWith(source[i]), $"letter {letter.Sequence} page {i + 1}");
            var salutation = PageText.Squash($"Dear {TestLetters.Marker(letter.Sequence)},");
            Assert.That(combined.Count(p => p.Contains(salutation, StringComparison.Ordinal)), Is.EqualTo(1), $"letter {letter.Sequence} appears once");
            previousEnd = first + letter.PageCount - 1;
        }
    }

    [Test]
    public void Sheet_counts_agree_with_the_sheet_plan()
    {
        var plan = SheetPlan.Plan(_run.Letters.Select(l => (l.Sequence, l.StartsGroup, l.PageCount)).ToList(), duplex);
        var totals = SheetPlan.Totals(plan, duplex);
        Assert.That(_run.Files.LettersPdf.Pages, Is.EqualTo(totals.PdfPages));
        Assert.That(_run.Parts.Sum(p => p.Sheets), Is.EqualTo(totals.Sheets));
        Assert.That(_run.Manifest.Select(l => (l.FirstSheet, l.LastSheet)), Is.EqualTo(plan.Select(p => (p.FirstSheet, p.LastSheet))));
        using var document = PdfDocument.Open(_run.Files.LettersPdf.Path);
        Assert.That(document.NumberOfPages, Is.EqualTo(totals.PdfPages));
    }

    [Test]
    public void In_duplex_a_letter_with_an_odd_page_count_gets_a_blank_back_carrying_only_its_mark()
    {
        var combined = PageText.All(_run.Files.LettersPdf.Path);
        foreach (var (letter, line) in _run.Letters.Zip(_run.Manifest))
        {
            var sheets = line.LastSheet - line.FirstSheet + 1;
            var caption = PageText.Squash(new PrintMark(17, letter.OrderId, letter.Sequence).Caption(letter.OrderReference));
            if (!duplex)
            {
                Assert.That(sheets, Is.EqualTo(letter.PageCount));
                continue;
            }
            Assert.That(sheets, Is.EqualTo((letter.PageCount + 1) / 2));
            if (letter.PageCount % 2 == 1)
                Assert.That(combined[_run.PageOfSheet(line.LastSheet)], Is.EqualTo(caption), $"back of letter {letter.Sequence}");
        }
        if (duplex) Assert.That(combined.Count % 2, Is.Zero);
    }

    [Test]
    public void A_separator_sheet_naming_the_group_comes_before_each_group()
    {
        var combined = PageText.All(_run.Files.LettersPdf.Path);
        var separators = combined.Select((text, index) => (text, index)).Where(p => p.text.Contains("Groupseparator", StringComparison.Ordinal)).ToList();
        var starts = _run.Letters.Zip(_run.Manifest).Where(p => p.First.StartsGroup).ToList();
        Assert.That(separators, Has.Count.EqualTo(starts.Count));
        foreach (var ((letter, line), (text, index)) in starts.Zip(separators))
        {
            Assert.That(index + 1 + (duplex ? 2 : 1), Is.EqualTo(_run.PageOfSheet(line.FirstSheet)), "separator sits just before the group");
            Assert.That(text, Does.Contain(PageText.Squash(letter.GroupLabel)));
            if (duplex) Assert.That(combined[index + 1], Is.Empty, "the separator's back is blank");
        }
    }

    [Test]
    public void Envelopes_are_one_per_letter_in_the_same_order_addressed_to_its_recipient()
    {
        var envelopes = PageText.All(_run.Files.EnvelopesPdf.Path);
        Assert.That(envelopes, Has.Count.EqualTo(_run.Letters.Count));
        Assert.That(_run.Files.EnvelopesPdf.Pages, Is.EqualTo(_run.Letters.Count));
        for (var i = 0; i < envelopes.Count; i++)
        {
            Assert.That(envelopes[i], Does.Contain(PageText.Squash(_run.Letters[i].RecipientName)), $"envelope {i + 1}");
            Assert.That(envelopes[i], Does.Contain(PageText.Squash(_run.Letters[i].AddressLines[0])), $"envelope {i + 1}");
            Assert.That(envelopes[i], Does.Contain("1QuillLane"), "return address");
        }
    }

    [Test]
    public void Manifest_csv_agrees_with_the_letters_and_the_envelopes()
    {
        Assert.That(File.ReadLines(_run.Files.ManifestCsv.Path).First(), Is.EqualTo("envelope,order_reference,recipient,postal_address,pages,first_sheet,last_sheet,group"));
        var rows = PrintManifest.Read(_run.Files.ManifestCsv.Path);
        var combined = PageText.All(_run.Files.LettersPdf.Path);
        var envelopes = PageText.All(_run.Files.EnvelopesPdf.Path);
        Assert.That(rows, Has.Count.EqualTo(_run.Letters.Count));
        for (var i = 0; i < _run.Letters.Count; i++)
        {
            var letter = _run.Letters[i];
            var row = rows[i];
            Assert.That(new[] { row.Envelope.ToString(System.Globalization.CultureInfo.InvariantCulture), row.OrderReference, row.Recipient },
                Is.EqualTo(new[] { $"{letter.Sequence}", letter.OrderReference, letter.RecipientName }));
            Assert.That(row.PostalAddress, Is.EqualTo(string.Join(", ", letter.AddressLines)));
            Assert.That(row.Pages, Is.EqualTo(letter.PageCount));
            Assert.That(row.Group, Is.EqualTo(letter.GroupLabel));
            var firstPage = _run.PageOfSheet(row.FirstSheet);
            Assert.That(combined[firstPage - 1], Does.Contain(PageText.Squash($"Dear {TestLetters.Marker(letter.Sequence)},")), "first sheet holds the letter");
            Assert.That(row.LastSheet - row.FirstSheet + 1, Is.EqualTo(duplex ? (letter.PageCount + 1) / 2 : letter.PageCount));
            Assert.That(envelopes[letter.Sequence - 1], Does.Contain(PageText.Squash(letter.RecipientName)), "envelope number is the row's");
        }
    }

    [Test]
    public void Every_qr_code_reads_back_to_its_batch_order_and_envelope()
    {
        var folder = Path.Combine(_run.Directory, "png");
        Directory.CreateDirectory(folder);
        foreach (var (letter, line) in _run.Letters.Zip(_run.Manifest))
        {
            var markPage = duplex && letter.PageCount % 2 == 1
                ? _run.PageOfSheet(line.LastSheet) + 1
                : _run.PageOfSheet(line.FirstSheet) + letter.PageCount - 1;
            var text = QrReader.Read(PdfTools.RenderPage(_run.Files.LettersPdf.Path, markPage, folder));
            Assert.That(PrintMark.TryParse(text, out var mark), Is.True, $"letter {letter.Sequence}: read '{text}' on page {markPage}");
            Assert.That(mark, Is.EqualTo(new PrintMark(17, letter.OrderId, letter.Sequence)));
        }
    }

    [Test]
    public void Qpdf_finds_no_fault_in_any_file()
    {
        var files = Directory.GetFiles(_run.Directory, "*.pdf");
        Assert.That(files, Has.Length.EqualTo(7), "two parts of two files, letters, envelopes, manifest");
        foreach (var file in files)
        {
            var (exitCode, output) = PdfTools.QpdfCheck(file);
            Assert.That(exitCode, Is.Zero, $"{Path.GetFileName(file)}: {output}");
            Assert.That(output, Does.Contain("No syntax or stream encoding errors found"));
        }
    }

    [Test]
    public void Every_embedded_font_subset_in_the_combined_files_has_a_name_of_its_own()
    {
        foreach (var file in new[] { _run.Files.LettersPdf.Path, _run.Files.EnvelopesPdf.Path })
        {
            // pdffonts: name, type..., emb, sub, uni, object id, generation.
            var subsets = PdfTools.Run("pdffonts", file).Output.Split('\n').Skip(2)
                .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(cells => cells.Length > 5 && cells[^4] == "yes")
                .Select(cells => (Name: cells[0], Object: cells[^2])).ToList();
            // Every letter brings its own subsets; each envelope part shares its fonts between its envelopes.
            Assert.That(subsets, Has.Count.GreaterThanOrEqualTo(file == _run.Files.LettersPdf.Path ? _run.Letters.Count : _run.Parts.Count), file);
            Assert.That(subsets.Select(s => s.Name).Distinct().Count(), Is.EqualTo(subsets.Select(s => s.Object).Distinct().Count()), file);
        }
    }

    [Test]
    public void Manifest_pdf_is_one_page_with_the_batch_totals()
    {
        Assert.That(_run.Files.ManifestPdf.Pages, Is.EqualTo(1));
        var text = PdfTools.PdfToText(_run.Files.ManifestPdf.Path, 1, 1);
        Assert.That(text, Does.Contain("Print batch 17 · manifest"));
        Assert.That(text, Does.Contain($"Letters: {_run.Letters.Count}"));
        Assert.That(text, Does.Contain($"Sheets: {_run.Parts.Sum(p => p.Sheets)} (of which 3 group separators)"));
        Assert.That(text, Does.Contain(_run.Files.LettersPdf.Sha256[..16]));
        using var document = PdfDocument.Open(_run.Files.ManifestPdf.Path);
        Assert.That(document.NumberOfPages, Is.EqualTo(1));
    }

    [Test]
    public void Reported_hashes_and_sizes_are_those_of_the_files_on_disk()
    {
        var all = _run.Parts.SelectMany(p => new[] { p.LettersPdf, p.EnvelopesPdf })
            .Concat([_run.Files.LettersPdf, _run.Files.EnvelopesPdf, _run.Files.ManifestCsv, _run.Files.ManifestPdf]);
        foreach (var file in all)
        {
            var bytes = File.ReadAllBytes(file.Path);
            Assert.That(file.Bytes, Is.EqualTo(bytes.Length), file.Path);
            Assert.That(file.Sha256, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))), file.Path);
        }
        Assert.That(Directory.GetFiles(_run.Directory, "*.partial"), Is.Empty);
    }
}

[SetUpFixture]
public sealed class BatchRunCleanup
{
    [OneTimeTearDown]
    public void DeleteBatches() => BatchRun.DeleteAll();
}
