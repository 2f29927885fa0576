using System.Text.Json;
using LetterStudio.Handwriting.Fonts;
using SkiaSharp;

namespace LetterStudio.Handwriting.Tests;

/// <summary>
/// The hand files fonts/tools/build_hands.py writes (one -LS.ttf per hand with its forms map), read
/// the way the engine reads fonts: through SkiaSharp, by glyph id. fonts.json names the files.
/// </summary>
public class HandFilesTests
{
    // Characters a letter needs that used to come from the typeset fallback font.
    private const string Marks = "—–“”‘’…«»•€£";
    private const string Punctuation = ".,;:!?'\"-()‘’“”";

    // An alternate must differ from its base by more than an affine map (scale, slant, shift): the
    // RMS distance between the alternate's outline points and the best affine image of the base's,
    // as a fraction of the glyph's size. build_hands.py aims at 0.008 (0.006 for the joined letters
    // of a connected hand, which are pinned where they join); a scaled copy scores 0. Skia's path
    // adds the implied on-curve points, so its figure runs a little below the script's.
    private const double MinimumNonAffineShare = 0.004, MinimumNonAffineShareConnected = 0.003;

    public static IEnumerable<TestCaseData> Hands() =>
        Manifest().RootElement.GetProperty("fonts").EnumerateArray()
            .Select(f => new TestCaseData(f.GetProperty("id").GetString()!).SetArgDisplayNames(f.GetProperty("id").GetString()!));

    [TestCaseSource(nameof(Hands))]
    public void Every_lowercase_letter_and_digit_has_six_forms_and_every_capital_and_punctuation_mark_three(string id)
    {
        var (font, forms, _) = Load(id);
        var wrong = new List<string>();
        foreach (var (text, needed) in Expectations())
        {
            ushort glyph = font.GetGlyphs(text)[0];
            int count = 1 + (forms.TryGetValue(glyph, out var alternates) ? alternates.Length : 0);
            if (count < needed) wrong.Add($"{text}: {count} of {needed}");
        }
        Assert.That(wrong, Is.Empty);
    }

    [TestCaseSource(nameof(Hands))]
    public void The_hand_draws_dashes_quotes_symbols_and_accented_latin_letters_itself(string id)
    {
        var (font, _, _) = Load(id);
        var text = Marks + string.Concat(Enumerable.Range(0xC0, 0x180 - 0xC0).Select(c => (char)c).Where(char.IsLetter));
        var missing = new List<string>();
        foreach (var ch in text)
        {
            ushort glyph = font.GetGlyphs(ch.ToString())[0];
            using var path = font.GetGlyphPath(glyph);
            if (glyph == 0 || path is null || path.IsEmpty) missing.Add($"U+{(int)ch:X4} {ch}");
        }
        Assert.That(missing, Is.Empty);
    }

    [TestCaseSource(nameof(Hands))]
    public void Alternates_are_extra_glyphs_with_an_advance_close_to_their_base(string id)
    {
        var (font, forms, glyphCount) = Load(id);
        var wrong = new List<string>();
        foreach (var (glyph, alternates) in forms)
        {
            float advance = font.GetGlyphWidths([glyph])[0];
            foreach (var alternate in alternates)
            {
                if (alternate <= glyph || alternate >= glyphCount) wrong.Add($"{glyph} -> {alternate}: not an appended glyph");
                float ratio = font.GetGlyphWidths([alternate])[0] / advance;
                if (advance > 0 && Math.Abs(ratio - 1) > 0.06) wrong.Add($"{glyph} -> {alternate}: advance x{ratio:F3}");
            }
        }
        Assert.That(wrong, Is.Empty);
    }

    [TestCaseSource(nameof(Hands))]
    public void Every_form_of_a_letter_differs_from_it_by_more_than_an_affine_map(string id)
    {
        var (font, forms, _) = Load(id);
        bool connected = Entry(id).TryGetProperty("connected", out var c) && c.GetBoolean();
        var wrong = new List<string>();
        foreach (var ch in "abcdefghijklmnopqrstuvwxyz0123456789AEGMRS&?")
        {
            ushort glyph = font.GetGlyphs(ch.ToString())[0];
            using var basePath = font.GetGlyphPath(glyph);
            foreach (var alternate in forms.GetValueOrDefault(glyph, []))
            {
                using var path = font.GetGlyphPath(alternate);
                double share = NonAffineShare(basePath.Points, path.Points);
                if (share < (connected && char.IsLetter(ch) ? MinimumNonAffineShareConnected : MinimumNonAffineShare)) wrong.Add($"{ch} form {alternate}: {share:F4}");
            }
        }
        Assert.That(wrong, Is.Empty);
    }

    [TestCaseSource(nameof(Hands))]
    public void A_subset_of_the_hand_file_draws_its_composite_synthesised_and_alternate_glyphs_unchanged(string id)
    {
        var (font, forms, _) = Load(id);
        var entry = Entry(id);
        var bytes = File.ReadAllBytes(Path.Combine(TestFonts.Directory, entry.GetProperty("handFile").GetString()!));
        // é and Å are composites in several originals; Ł and ő are synthesised in most; then some alternates.
        var glyphs = font.GetGlyphs("éÅŁőa").Concat(forms[font.GetGlyphs("a")[0]]).Concat(forms[font.GetGlyphs("e")[0]].Take(2)).ToArray();

        var characters = Enumerable.Range(0, 0x250).Select(c => (c, font.GetGlyph(c))).Where(c => c.Item2 != 0).ToList();
        var subset = TrueTypeSubsetter.Subset(bytes, glyphs, characters);

        using var cut = new SKFont(SKTypeface.FromData(SKData.CreateCopy(subset.Font)), font.Size);
        Assert.That(subset.Font.Length, Is.LessThan(bytes.Length / 4));
        Assert.That(cut.Typeface.GlyphCount, Is.LessThan(glyphs.Length * 3), "the subset numbers its glyphs afresh");
        foreach (var glyph in glyphs)
        {
            using var whole = font.GetGlyphPath(glyph);
            using var part = cut.GetGlyphPath(subset.GlyphIds[glyph]);
            Assert.That(part.Points, Is.EqualTo(whole.Points).And.Not.Empty, $"glyph {glyph}");
            Assert.That(Advance(cut, subset.GlyphIds[glyph]), Is.EqualTo(Advance(font, glyph)).Within(1e-3), $"advance of glyph {glyph}");
        }
        // The kept characters map to their glyphs' new ids, so the PDF's text stays readable.
        foreach (var ch in "éÅŁőa")
            Assert.That(cut.GetGlyph(ch), Is.EqualTo(subset.GlyphIds[font.GetGlyph(ch)]), $"character {ch}");
    }

    private static float Advance(SKFont font, ushort glyph)
    {
        var widths = new float[1];
        font.GetGlyphWidths([glyph], widths, null, null);
        return widths[0];
    }

    private static IEnumerable<(string Text, int Needed)> Expectations()
    {
        foreach (var ch in "abcdefghijklmnopqrstuvwxyz0123456789") yield return (ch.ToString(), 6);
        foreach (var ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + Punctuation) yield return (ch.ToString(), 3);
    }

    /// <summary>
    /// Fits x' = a x + b y + c, y' = d x + e y + f from the base's points to the form's by least
    /// squares and returns the RMS distance left over, relative to the glyph's size (the geometric
    /// mean of its box's sides). Forms with a different point count differ in structure: 1.
    /// </summary>
    private static double NonAffineShare(SKPoint[] from, SKPoint[] to)
    {
        if (from.Length != to.Length) return 1;
        if (from.Zip(to).All(p => p.First == p.Second)) return 0;
        var normal = new double[3, 3];
        var rightX = new double[3];
        var rightY = new double[3];
        foreach (var (p, q) in from.Zip(to))
        {
            double[] row = [p.X, p.Y, 1];
            for (int i = 0; i < 3; i++)
            {
                for (int j = 0; j < 3; j++) normal[i, j] += row[i] * row[j];
                rightX[i] += row[i] * q.X;
                rightY[i] += row[i] * q.Y;
            }
        }
        var mapX = Solve(normal, rightX);
        var mapY = Solve(normal, rightY);
        double sum = from.Zip(to).Sum(pq =>
        {
            double dx = mapX[0] * pq.First.X + mapX[1] * pq.First.Y + mapX[2] - pq.Second.X;
            double dy = mapY[0] * pq.First.X + mapY[1] * pq.First.Y + mapY[2] - pq.Second.Y;
            return dx * dx + dy * dy;
        });
        double width = from.Max(p => p.X) - from.Min(p => p.X), height = from.Max(p => p.Y) - from.Min(p => p.Y);
        double size = Math.Max(Math.Sqrt(width * height), 0.25 * Math.Max(width, height));
        return Math.Sqrt(sum / from.Length) / Math.Max(size, 1e-6);
    }

    private static double[] Solve(double[,] m, double[] v)
    {
        // Cramer's rule: the 3x3 normal equations of an affine fit.
        double Det(double[,] a) =>
            a[0, 0] * (a[1, 1] * a[2, 2] - a[1, 2] * a[2, 1]) - a[0, 1] * (a[1, 0] * a[2, 2] - a[1, 2] * a[2, 0]) + a[0, 2] * (a[1, 0] * a[2, 1] - a[1, 1] * a[2, 0]);
        double d = Det(m);
        var result = new double[3];
        for (int k = 0; k < 3; k++)
        {
            var replaced = (double[,])m.Clone();
            for (int i = 0; i < 3; i++) replaced[i, k] = v[i];
            result[k] = Det(replaced) / d;
        }
        return result;
    }

    private static JsonDocument Manifest() => JsonDocument.Parse(File.ReadAllText(Path.Combine(TestFonts.Directory, "fonts.json")));

    private static JsonElement Entry(string id) =>
        Manifest().RootElement.GetProperty("fonts").EnumerateArray().Single(f => f.GetProperty("id").GetString() == id);

    private static (SKFont Font, Dictionary<ushort, ushort[]> Forms, int GlyphCount) Load(string id)
    {
        var entry = Entry(id);
        var typeface = SKTypeface.FromFile(Path.Combine(TestFonts.Directory, entry.GetProperty("handFile").GetString()!));
        Assert.That(typeface, Is.Not.Null, $"{id}: hand file does not load");
        using var forms = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestFonts.Directory, entry.GetProperty("formsFile").GetString()!)));
        var map = forms.RootElement.GetProperty("forms").EnumerateObject()
            .ToDictionary(p => ushort.Parse(p.Name), p => p.Value.EnumerateArray().Select(v => v.GetUInt16()).ToArray());
        // Size = units per em keeps outline points in font units, so the thresholds read as in build_hands.py.
        return (new SKFont(typeface, typeface.UnitsPerEm), map, typeface.GlyphCount);
    }
}
