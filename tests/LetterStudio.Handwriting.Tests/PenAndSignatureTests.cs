using System.Text.Json.Nodes;
using LetterStudio.Handwriting.Composition;
using LetterStudio.Handwriting.Tests.Tells;

namespace LetterStudio.Handwriting.Tests;

public class PenAndSignatureTests
{
    [TestCase(Pen.Ballpoint)]
    [TestCase(Pen.FountainPen)]
    [TestCase(Pen.FeltTip)]
    public void Every_pen_changes_its_ink_smoothly_between_neighbouring_words(Pen pen)
    {
        var pdf = SampleLetters.Pdf(SampleLetters.Reference, new RenderOptions { FontId = "caveat", Pen = pen, Seed = 3 });

        var tells = PdfTells.Of(pdf);
        Assert.That(tells.LargestNeighbourDeltaE, Is.LessThan(1.5), tells.LargestStep);
        var colours = System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(PdfTestFiles.Uncompressed(pdf)), @"[\d.]+ [\d.]+ [\d.]+ rg")
            .Select(m => m.Value).Distinct().Count();
        Assert.That(colours, Is.GreaterThan(8), "the ink drifts along the text");
    }

    [Test]
    public void A_fountain_pen_fades_further_than_a_ballpoint()
    {
        static double Spread(Pen pen)
        {
            var words = PdfTells.Of(SampleLetters.Pdf(SampleLetters.Reference, new RenderOptions { FontId = "caveat", Pen = pen, Seed = 3 })).Words;
            var lightness = words.Select(w => w.Letters[0].Color!.ToRGBValues()).Select(c => c.r + c.g + c.b).ToList();
            return lightness.Max() - lightness.Min();
        }

        Assert.That(Spread(Pen.FountainPen), Is.GreaterThan(Spread(Pen.Ballpoint) * 1.5));
    }

    [Test]
    public void An_underlined_signature_gets_one_curved_stroke_under_it_inside_the_margins()
    {
        var options = new RenderOptions { FontId = "caveat", SignatureUnderline = true, Seed = 2 };
        var pages = new LetterComposer(TestFonts.Library).Compose(SampleLetters.Short, options);

        var page = pages.Single(p => p.Layout.Lines.Any(l => l.Part == LetterPart.Signature));
        var signature = page.Layout.Lines.Single(l => l.Part == LetterPart.Signature);
        var stroke = page.Strokes.Single();
        Assert.That(stroke.P0.Y, Is.GreaterThan(signature.Runs[0].OriginY), "below the signature's baseline");
        Assert.That(stroke.P3.X - stroke.P0.X, Is.GreaterThan(signature.Box.Width * 0.9f), "as long as the signature");
        Assert.That(stroke.P1.Y, Is.Not.EqualTo((stroke.P0.Y * 2 + stroke.P3.Y) / 3).Within(0.05f), "bowed, not ruled");
        Assert.That(page.Layout.ContentBox.Contains(LayoutBox.FromEdges(stroke.P0.X, MathF.Min(stroke.P0.Y, stroke.P3.Y), stroke.P3.X, MathF.Max(stroke.P0.Y, stroke.P3.Y))));
        Assert.That(new LetterComposer(TestFonts.Library).Compose(SampleLetters.Short, options with { SignatureUnderline = false }).SelectMany(p => p.Strokes), Is.Empty);
        var text = SampleLetters.Normalize(PdfTools.PdfToText(SampleLetters.Pdf(SampleLetters.Short, options)));
        Assert.That(text, Is.EqualTo(SampleLetters.TextOf(SampleLetters.Short)), "the stroke is no text");
    }

    [Test]
    public void The_signature_is_written_in_the_hands_signature_hand_and_the_size_follows_the_paper()
    {
        // A copy of the fonts folder whose manifest gives Caveat a signature hand and sizes per paper.
        var folder = Directory.CreateTempSubdirectory("ls-fonts-").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(TestFonts.Directory, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(folder, Path.GetRelativePath(TestFonts.Directory, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "fonts.json")))!;
            var caveat = manifest["fonts"]!.AsArray().Single(f => (string?)f!["id"] == "caveat")!;
            caveat["signatureFontId"] = "kristi";
            caveat["sizes"] = new JsonObject { ["A5"] = 17, ["Letter"] = 21.5 };
            var breip = manifest["fonts"]!.AsArray().Single(f => (string?)f!["id"] == "breip")!;
            breip["sizes"] = new JsonObject { ["A5"] = 16 };
            breip["defaultSize"] = 16;
            File.WriteAllText(Path.Combine(folder, "fonts.json"), manifest.ToJsonString());
            using var fonts = FontLibrary.Load(folder);
            var renderer = new HandwritingRenderer(fonts);

            var letter = renderer.Measure(SampleLetters.Short, new RenderOptions { FontId = "caveat", Paper = PaperSize.Letter, Realism = 0 });
            var body = letter.Lines.First(l => l.Part == LetterPart.Paragraph).Runs[0].Glyphs[0];
            var signature = letter.Lines.Single(l => l.Part == LetterPart.Signature).Runs[0].Glyphs;
            Assert.That(body.Size, Is.EqualTo(21.5f));
            Assert.That(signature.Select(g => g.FontId), Has.All.EqualTo("kristi"));
            Assert.That(signature[0].Size, Is.GreaterThan(body.Size), "larger than the body");
            var chosen = renderer.Measure(SampleLetters.Short, new RenderOptions { FontId = "caveat", SignatureFontId = "breip" });
            Assert.That(chosen.Lines.Single(l => l.Part == LetterPart.Signature).Runs[0].Glyphs.Select(g => g.FontId), Has.All.EqualTo("breip"), "an explicit choice wins");
            // Without sizes for the paper, the A5 size scales with the paper's width.
            Assert.That(fonts.Get("breip").DefaultSizeFor(PaperSize.A4), Is.EqualTo(MathF.Round(16 * 595.28f / 419.53f * 2) / 2).Within(0.01));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
