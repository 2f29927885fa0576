namespace LetterStudio.Handwriting.Tests;

public class FontLibraryTests
{
    [Test]
    public void The_manifest_offers_at_least_twelve_handwriting_fonts_each_with_its_licence_beside_it()
    {
        Assert.That(TestFonts.Library.Fonts, Has.Count.GreaterThanOrEqualTo(12));
        foreach (var font in TestFonts.Library.Fonts.Append(TestFonts.Library.Fallback))
        {
            Assert.That(Path.GetDirectoryName(font.LicenceFile), Is.EqualTo(Path.GetDirectoryName(font.FileName)), font.Id);
            Assert.That(File.ReadAllText(Path.Combine(TestFonts.Directory, font.LicenceFile)), Does.Contain("icen").IgnoreCase, font.Id);
            Assert.That(font.FileName, Does.EndWith(".ttf"));
            Assert.That(font.DisplayName, Is.Not.Empty);
        }
        Assert.That(TestFonts.Library.Fonts.Select(f => f.FormCount), Has.All.GreaterThan(0), "every hand has alternate forms");
        Assert.That(TestFonts.Library.Fonts.Select(f => (f.DefaultSize, f.LineSpacing)), Has.All.Matches<(float Size, float Spacing)>(t => t.Size > 8 && t.Spacing >= 1));
    }

    [Test]
    public void The_manifest_coverage_matches_the_font_files()
    {
        foreach (var font in TestFonts.Library.Fonts.Append(TestFonts.Library.Fallback))
        {
            var listed = font.Coverage.Split(' ').SelectMany(Expand).ToHashSet();
            var actual = Enumerable.Range(0x20, 0x10FFFF - 0x20).Where(c => c is < 0xD800 or > 0xDFFF && font.Covers(c)).ToHashSet();
            Assert.That(listed.SetEquals(actual), $"{font.Id}: run fonts/tools/build_hands.py");
        }
    }

    [Test]
    public void Every_hand_covers_printable_ascii()
    {
        foreach (var font in TestFonts.Library.Fonts)
            Assert.That(Enumerable.Range(0x20, 0x5F).Where(c => !font.Covers(c)).Select(c => (char)c), Is.Empty, font.Id);
    }

    [Test]
    public void An_unknown_font_is_refused_with_the_list_of_fonts()
    {
        var error = Assert.Throws<ArgumentException>(() => TestFonts.Library.Get("comic-sans"));

        Assert.That(error!.Message, Does.Contain("comic-sans").And.Contain("kristi").And.Contain("caveat"));
    }

    [Test]
    public void A_folder_without_a_manifest_is_refused()
    {
        Assert.Throws<FileNotFoundException>(() => FontLibrary.Load(Path.GetTempPath()));
    }

    [Test]
    public void Every_hand_draws_from_one_hand_file_with_at_least_six_forms_of_its_letters()
    {
        foreach (var font in TestFonts.Library.Fonts)
        {
            Assert.That(font.FileName, Does.EndWith("-LS.ttf"), font.Id);
            Assert.That(font.FormCount, Is.GreaterThanOrEqualTo(5), $"{font.Id}: forms besides the glyph itself");
        }
    }

    private static IEnumerable<int> Expand(string range)
    {
        var ends = range.Split('-').Select(p => Convert.ToInt32(p[2..], 16)).ToArray();
        return Enumerable.Range(ends[0], ends[^1] - ends[0] + 1);
    }
}
