using LetterStudio.Handwriting;
using LetterStudio.TestSupport;

namespace LetterStudio.Printing.Tests;

public class PartWriterTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = TempFolder.Create("part-writer");

    [TearDown]
    public void DeleteFolder() => TempFolder.Delete(_folder);

    private static BatchPartWriter Writer => new(TestLetters.Renderer);

    [Test]
    public void A_corrupt_or_wrong_letter_is_reported_with_its_order_and_the_rest_is_written()
    {
        var good = TestLetters.Letter(1, "cream", true, 1);
        var truncatedPdf = TestLetters.Letter(2, "white", true, 2);
        truncatedPdf = truncatedPdf with { LetterPdf = truncatedPdf.LetterPdf[..(truncatedPdf.LetterPdf.Length / 2)] };
        var notPdf = TestLetters.Letter(3, "white", false, 1) with { LetterPdf = "this is not a pdf at all, just text"u8.ToArray() };
        var wrongCount = TestLetters.Letter(4, "white", false, 1) with { PageCount = 3 };
        var unknownFont = TestLetters.Letter(5, "white", false, 1);
        unknownFont = unknownFont with { Envelope = unknownFont.Envelope with { FontId = "no-such-hand" } };
        var alsoGood = TestLetters.Letter(6, "white", false, 2);

        var part = Writer.WritePart(TestLetters.Settings(duplex: false), [good, truncatedPdf, notPdf, wrongCount, unknownFont, alsoGood], _folder, 1, null, CancellationToken.None);

        Assert.That(part.Failures.Select(f => (f.Sequence, f.OrderId)), Is.EqualTo(new[] { (2, 1002), (3, 1003), (4, 1004), (5, 1005) }));
        Assert.That(part.Failures[0].Reason, Does.StartWith("letter PDF unreadable"));
        Assert.That(part.Failures[1].Reason, Does.Contain("not a PDF"));
        Assert.That(part.Failures[2].Reason, Does.Contain("the order says 3"));
        Assert.That(part.Failures[3].Reason, Does.Contain("no-such-hand"));
        Assert.That(part.Letters.Select(l => l.Sequence), Is.EqualTo(new[] { 1, 6 }));
        Assert.That(part.EnvelopesPdf.Pages, Is.EqualTo(2));
        // The white group's first letter failed: its separator moves to the first white letter printed.
        Assert.That(part.Letters[1].Placement.SeparatorBefore, Is.True);
        Assert.That(part.LettersPdf.Pages, Is.EqualTo(1 + 1 + 1 + alsoGood.PageCount));
        var pages = PageText.All(part.LettersPdf.Path);
        Assert.That(pages[2], Does.Contain("Groupseparator"));
        Assert.That(pages[3], Does.Contain(PageText.Squash($"Dear {TestLetters.Marker(6)},")));
        Assert.That(PageText.All(part.EnvelopesPdf.Path)[1], Does.Contain(PageText.Squash(alsoGood.RecipientName)));
        foreach (var file in new[] { part.LettersPdf.Path, part.EnvelopesPdf.Path })
            Assert.That(PdfTools.QpdfCheck(file).ExitCode, Is.Zero, file);
    }

    [Test]
    public void A_part_whose_letters_all_fail_still_gives_two_valid_empty_files()
    {
        var broken = TestLetters.Letter(1, "cream", true, 1) with { LetterPdf = new byte[100] };
        var part = Writer.WritePart(TestLetters.Settings(duplex: true), [broken], _folder, 3, null, CancellationToken.None);
        Assert.That(part.Failures, Has.Count.EqualTo(1));
        Assert.That((part.LettersPdf.Pages, part.EnvelopesPdf.Pages, part.Sheets), Is.EqualTo((0, 0, 0)));
        Assert.That(PdfTools.QpdfCheck(part.LettersPdf.Path).ExitCode, Is.Zero);
        Assert.That(PdfTools.QpdfCheck(part.EnvelopesPdf.Path).ExitCode, Is.Zero);
    }

    [Test]
    public void Writing_a_part_twice_gives_byte_identical_files()
    {
        var letters = new[] { TestLetters.Letter(1, "cream", true, 2), TestLetters.Letter(2, "cream", false, 1) };
        var first = Writer.WritePart(TestLetters.Settings(duplex: true), letters, Path.Combine(_folder, "a"), 1, null, CancellationToken.None);
        var again = Writer.WritePart(TestLetters.Settings(duplex: true), letters, Path.Combine(_folder, "b"), 1, null, CancellationToken.None);
        var overwritten = Writer.WritePart(TestLetters.Settings(duplex: true), letters, Path.Combine(_folder, "a"), 1, null, CancellationToken.None);

        Assert.That(File.ReadAllBytes(again.LettersPdf.Path), Is.EqualTo(File.ReadAllBytes(first.LettersPdf.Path)));
        Assert.That(File.ReadAllBytes(again.EnvelopesPdf.Path), Is.EqualTo(File.ReadAllBytes(first.EnvelopesPdf.Path)));
        Assert.That((overwritten.LettersPdf.Sha256, overwritten.EnvelopesPdf.Sha256), Is.EqualTo((first.LettersPdf.Sha256, first.EnvelopesPdf.Sha256)));
    }

    [Test]
    public void A_cancelled_part_leaves_nothing_under_the_final_names_and_no_temporary_files()
    {
        var letters = Enumerable.Range(1, 4).Select(i => TestLetters.Letter(i, "cream", i == 1, 1)).ToList();
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(done => { if (done == 2) cancel.Cancel(); });

        Assert.Throws<OperationCanceledException>(() => Writer.WritePart(TestLetters.Settings(false), letters, _folder, 1, progress, cancel.Token));

        Assert.That(Directory.GetFiles(_folder), Is.Empty);
    }

    [Test]
    public void A_temporary_file_left_by_a_killed_run_is_replaced_and_removed()
    {
        File.WriteAllText(Path.Combine(_folder, ".letters-part-0001.pdf.partial"), "half a part from a killed process");
        var part = Writer.WritePart(TestLetters.Settings(false), [TestLetters.Letter(1, "cream", true, 1)], _folder, 1, null, CancellationToken.None);
        Assert.That(Directory.GetFiles(_folder).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "envelopes-part-0001.pdf", "letters-part-0001.pdf" }));
        Assert.That(PdfTools.QpdfCheck(part.LettersPdf.Path).ExitCode, Is.Zero);
    }

    [Test]
    public void Progress_counts_every_letter_handled_including_failures()
    {
        var seen = new List<int>();
        var letters = new[] { TestLetters.Letter(1, "cream", true, 1), TestLetters.Letter(2, "cream", false, 1) with { LetterPdf = new byte[10] } };
        Writer.WritePart(TestLetters.Settings(false), letters, _folder, 1, new SynchronousProgress(seen.Add), CancellationToken.None);
        Assert.That(seen, Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public void A_letter_pdf_rewritten_by_qpdf_is_copied_like_the_engine_s_own()
    {
        var letter = TestLetters.Letter(1, "cream", true, 2);
        var input = Path.Combine(_folder, "in.pdf");
        var rewritten = Path.Combine(_folder, "qdf.pdf");
        File.WriteAllBytes(input, letter.LetterPdf.ToArray());
        // QDF mode: different object order, indirect /Length objects, comments between objects.
        Assert.That(PdfTools.Run("qpdf", "--qdf", "--object-streams=disable", input, rewritten).ExitCode, Is.Zero);
        var part = Writer.WritePart(TestLetters.Settings(false), [letter with { LetterPdf = File.ReadAllBytes(rewritten) }], Path.Combine(_folder, "out"), 1, null, CancellationToken.None);
        Assert.That(part.Failures, Is.Empty);
        var source = PageText.All(letter.LetterPdf.ToArray());
        var copied = PageText.All(part.LettersPdf.Path);
        Assert.That(copied[1], Does.StartWith(source[0]));
        Assert.That(copied[2], Does.StartWith(source[1]));
        Assert.That(PdfTools.QpdfCheck(part.LettersPdf.Path).ExitCode, Is.Zero);
    }

    [Test]
    public void A_letter_pdf_with_a_compressed_cross_reference_stream_is_refused_with_the_reason()
    {
        var letter = TestLetters.Letter(1, "cream", true, 1);
        var input = Path.Combine(_folder, "in.pdf");
        var compressed = Path.Combine(_folder, "objstm.pdf");
        File.WriteAllBytes(input, letter.LetterPdf.ToArray());
        Assert.That(PdfTools.Run("qpdf", "--object-streams=generate", input, compressed).ExitCode, Is.Zero);
        var part = Writer.WritePart(TestLetters.Settings(false), [letter with { LetterPdf = File.ReadAllBytes(compressed) }], Path.Combine(_folder, "out"), 1, null, CancellationToken.None);
        Assert.That(part.Failures.Single().Reason, Does.Contain("compressed cross-reference stream"));
    }

    [Test]
    public void Letters_of_other_paper_sizes_and_envelopes_of_other_sizes_are_kept_as_they_are()
    {
        using var a4 = new MemoryStream();
        var rendered = TestLetters.Renderer.RenderPdf(new Letter { Salutation = "Dear Reader Zq,", Paragraphs = ["A short note."], Signature = "Eleanor" },
            new RenderOptions { Paper = PaperSize.A4 }, a4);
        var letter = TestLetters.Letter(1, "a4", true, 1) with { LetterPdf = a4.ToArray(), PageCount = rendered.PageCount };
        letter = letter with { Envelope = letter.Envelope with { Size = EnvelopeSize.C5 } };
        var part = Writer.WritePart(TestLetters.Settings(true), [letter], _folder, 1, null, CancellationToken.None);
        using var letters = UglyToad.PdfPig.PdfDocument.Open(part.LettersPdf.Path);
        Assert.That(letters.GetPages().Select(p => (Math.Round(p.Width), Math.Round(p.Height))), Is.All.EqualTo((595.0, 842.0)), "separator, letter and back all A4");
        using var envelopes = UglyToad.PdfPig.PdfDocument.Open(part.EnvelopesPdf.Path);
        Assert.That(Math.Round(envelopes.GetPage(1).Width), Is.EqualTo(649), "C5 is 229 mm wide");
    }

    [Test]
    public void A_stream_with_a_wrong_length_is_cut_at_its_endstream_and_written_with_the_true_one()
    {
        var letter = TestLetters.Letter(1, "cream", true, 1);
        var text = System.Text.Encoding.Latin1.GetString(letter.LetterPdf.Span);
        var match = System.Text.RegularExpressions.Regex.Match(text, @"/Length (\d{4})>> stream");
        Assert.That(match.Success, Is.True, "the engine writes direct four-digit lengths for page content");
        var wrong = (int.Parse(match.Groups[1].Value) - 7).ToString().PadLeft(4, '1');
        var damaged = System.Text.Encoding.Latin1.GetBytes(text[..match.Groups[1].Index] + wrong + text[(match.Groups[1].Index + 4)..]);
        Assert.That(PdfTools.Run("qpdf", "--check", Write("damaged.pdf", damaged)).ExitCode, Is.Not.Zero, "qpdf sees the damage");

        var part = Writer.WritePart(TestLetters.Settings(false), [letter with { LetterPdf = damaged }], Path.Combine(_folder, "out"), 1, null, CancellationToken.None);

        Assert.That(part.Failures, Is.Empty);
        Assert.That(PdfTools.QpdfCheck(part.LettersPdf.Path).ExitCode, Is.Zero);
        Assert.That(PageText.All(part.LettersPdf.Path)[1], Does.StartWith(PageText.All(letter.LetterPdf.ToArray())[0]));
    }

    [Test]
    public void A_letter_with_the_hash_recorded_at_rendering_is_copied_and_one_whose_bytes_changed_since_is_reported()
    {
        var original = TestLetters.Letter(1, "cream", true, 2);
        var recorded = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(original.LetterPdf.Span));
        var intact = original with { LetterSha256 = recorded };
        // One byte changed inside a compressed stream, where only inflating or the hash would notice.
        var bytes = original.LetterPdf.ToArray();
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        var inside = text.IndexOf("stream\n", text.IndexOf("/Length", StringComparison.Ordinal), StringComparison.Ordinal) + 20;
        bytes[inside] ^= 0x5A;
        var changed = original with { Sequence = 2, OrderId = 1002, StartsGroup = false, LetterPdf = bytes, LetterSha256 = recorded };

        var part = Writer.WritePart(TestLetters.Settings(false), [intact, changed], _folder, 1, null, CancellationToken.None);

        Assert.That(part.Letters.Select(l => l.OrderId), Is.EqualTo(new[] { 1001 }));
        Assert.That(part.Failures.Single().OrderId, Is.EqualTo(1002));
        Assert.That(part.Failures.Single().Reason, Does.Contain("SHA-256 differs"));
        Assert.That(PdfTools.QpdfCheck(part.LettersPdf.Path).ExitCode, Is.Zero);
        var pages = PageText.All(part.LettersPdf.Path);
        Assert.That(pages[1], Does.StartWith(PageText.All(original.LetterPdf.ToArray())[0]));
    }

    [Test]
    public void Letters_out_of_mailing_order_are_refused_before_anything_is_written()
    {
        var first = TestLetters.Letter(1, "cream", true, 1);
        var second = TestLetters.Letter(2, "cream", false, 1);
        var error = Assert.Throws<ArgumentException>(() => Writer.WritePart(TestLetters.Settings(false), [second, first], _folder, 1, null, CancellationToken.None));
        Assert.That(error!.Message, Does.Contain("sequence 1, not after 2"));
        Assert.That(Directory.GetFiles(_folder), Is.Empty);
    }

    [Test]
    public void Randomly_damaged_letter_pdfs_are_each_either_copied_or_reported_never_failing_the_part()
    {
        var source = TestLetters.Letter(1, "cream", true, 2);
        var random = new Random(20261125);
        var letters = Enumerable.Range(1, 150).Select(i =>
        {
            var bytes = source.LetterPdf.ToArray();
            switch (i % 3)
            {
                case 0: // a few bytes anywhere
                    for (var k = 0; k < 1 + i % 5; k++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    break;
                case 1: // cut short
                    bytes = bytes[..random.Next(bytes.Length)];
                    break;
                default: // damage in the structure at the end (xref, trailer, page tree, fonts)
                    for (var k = 0; k < 3; k++) bytes[bytes.Length - 1 - random.Next(Math.Min(3000, bytes.Length))] = (byte)random.Next(32, 127);
                    break;
            }
            return source with { Sequence = i, OrderId = 5000 + i, StartsGroup = i == 1, LetterPdf = bytes };
        }).ToList();

        var part = Writer.WritePart(TestLetters.Settings(true), letters, _folder, 1, null, CancellationToken.None);

        Assert.That(part.Letters.Count + part.Failures.Count, Is.EqualTo(letters.Count));
        Assert.That(part.Failures, Is.Not.Empty);
        Assert.That(part.Failures.Where(f => f.Reason.Contains("is damaged", StringComparison.Ordinal)), Is.Not.Empty, "damage inside a font or content stream is found");
        TestContext.Out.WriteLine($"{part.Letters.Count} copied, {part.Failures.Count} reported");
        Assert.That(part.EnvelopesPdf.Pages, Is.EqualTo(part.Letters.Count));
        foreach (var file in new[] { part.LettersPdf.Path, part.EnvelopesPdf.Path })
        {
            // Streams that no longer inflate were caught before copying, so qpdf finds nothing at all.
            var (exitCode, output) = PdfTools.QpdfCheck(file);
            Assert.That(exitCode, Is.Zero, output);
        }
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>IProgress that reports on the calling thread (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
