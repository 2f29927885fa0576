using SkiaSharp;

namespace LetterStudio.Handwriting.Composition;

/// <summary>
/// Puts the words of laid-out lines where a hand would. Per letter: one slant and one line slope of
/// the writer's own, a left margin that drifts steadily down the page. Per line: a little drift and
/// slope of its own, and a baseline that undulates smoothly through the words (its wavelength near a
/// word's length), so the letters of a word never sit on one straight line. Per word: one size, a
/// gap to the previous word that never closes below a floor measured on ink, the ink colour of a
/// smooth function of the distance written (<see cref="InkPen"/>); the last words before the right
/// margin are written a little tighter rather than wrapped raggedly. Per letter inside a word: a
/// small rise or fall and spacing change, drawn as positions inside the word's one text run. Every
/// random choice comes from one seeded generator consumed in reading order, so the same input and
/// seed place everything identically.
/// </summary>
internal sealed class HandPlacer
{
    // Lines whose outline would cross the content box are pulled back inside with this much to spare,
    // so rounding never puts a box a hair outside.
    private const float Inset = 0.01f;

    // The word gap floor on ink, in em: max(half the hand's space, 0.12 em) as the "touching words" tell
    // demands, plus a margin for the words' tilt and undulation, which move ink a little after measuring.
    private const float GapFloorEm = 0.12f, GapFloorSpaces = 0.5f, GapSafetyEm = 0.03f;

    // Compression before the right margin: the last words' gaps close toward the floor first, then their
    // letters move closer by up to this much (em) each.
    private const int CompressedWords = 3;
    private const float MaxTrackingEm = 0.05f;

    // Points: the largest rise or fall from a word's first glyph to its second (see PlaceLine).
    private const float MaxFirstStep = 0.35f;

    private readonly InkPen _ink;
    private readonly bool _underlineSignature;
    private HandRandom _random;
    private readonly float _slantUnit, _slopeUnit, _marginStart, _marginRate;
    private float _distanceEm;

    public HandPlacer(long seed, InkColor ink, Pen pen, float inkVariation, bool underlineSignature = false)
    {
        _random = new HandRandom(seed);
        _ink = new InkPen(pen, ink, inkVariation, seed);
        _underlineSignature = underlineSignature;
        // The writer's own slant and slope, for the whole letter: a slight lean is more common to the right.
        _slantUnit = 0.7f * _random.NextSigned() + 0.3f;
        _slopeUnit = _random.NextSigned();
        _marginStart = 0.15f + 0.5f * _random.NextUnit();
        _marginRate = 0.9f * _random.NextSigned();
    }

    public ComposedPage PlacePage(int index, float width, float height, LayoutBox content,
        IReadOnlyList<float> rules, IReadOnlyList<PositionedLine> lines)
    {
        var page = new ComposedPage
        {
            Width = width,
            Height = height,
            Rules = rules,
            Words = new List<DrawWord>(lines.Count * 12),
            Glyphs = new List<DrawGlyph>(lines.Count * 80),
            Layout = null!,
        };
        var layoutLines = new List<LineLayout>(lines.Count);
        float drift = _random.NextSigned();
        foreach (var positioned in lines)
        {
            // The margin drifts steadily down the page, with only a trace of line-to-line unevenness.
            float down = (positioned.Baseline - content.Top) / content.Height;
            float wander = Math.Clamp(_marginStart + _marginRate * down + 0.06f * _random.NextSigned(), 0f, 1f);
            drift = 0.7f * drift + 0.3f * _random.NextSigned();
            layoutLines.Add(PlaceLine(positioned, content, wander, drift, page));
        }
        return new ComposedPage
        {
            Width = width,
            Height = height,
            Rules = rules,
            Words = page.Words,
            Glyphs = page.Glyphs,
            Strokes = page.Strokes,
            Layout = new PageLayout { Index = index, Width = width, Height = height, ContentBox = content, Rules = rules, Lines = layoutLines },
        };
    }

    private LineLayout PlaceLine(PositionedLine positioned, LayoutBox content, float wander, float drift, ComposedPage page)
    {
        var line = positioned.Line;
        var hand = line.Hand;
        float size = line.Size;
        int count = line.Words.Count;
        float slant = hand.Realism == 0 ? 0 : _slantUnit * hand.SlantTanLimit;
        var words = new WordShape[count];
        for (int k = 0; k < count; k++)
            words[k] = new WordShape(line.Words[k], size * (1 + _random.NextSigned() * hand.WordSizeVariation), hand, slant, ref _random);

        // Gaps: the hand's space varied, never closer on ink than the floor.
        float spaceEm = LineBreaker.SpaceEm(line.Font);
        var xs = new float[count];
        var minGaps = new float[count];
        var gaps = new float[count];
        for (int k = 0; k + 1 < count; k++)
        {
            float nominal = spaceEm * size * (1 + _random.NextSigned() * hand.WordSpacingVariation);
            float floorSize = MathF.Max(words[k].Size, words[k + 1].Size);
            float floor = (MathF.Max(GapFloorSpaces * spaceEm, GapFloorEm) + GapSafetyEm) * floorSize;
            minGaps[k] = words[k].InkRight - words[k + 1].InkLeft + floor - words[k].Advance;
            gaps[k] = MathF.Max(nominal, minGaps[k]);
        }

        float tilt = (line.Font.AscentEm + line.Font.DescentEm) * size * hand.MaxGrowth * MathF.Sin(hand.MaxAngleRadians)
            + line.Font.AscentEm * size * hand.MaxGrowth * MathF.Abs(slant);
        float left = content.Left + line.Indent + tilt, right = content.Right - tilt;
        Positions(words, gaps, xs);
        float startX = line.Alignment == LineAlignment.Left
            ? left + wander * hand.MarginWander + MathF.Max(0, -words[0].InkLeft)
            : right - (xs[^1] + words[^1].InkRight);
        float overflow = startX + xs[^1] + MathF.Max(words[^1].InkRight, words[^1].Advance) - right;
        if (overflow > 0)
        {
            overflow = Compress(words, gaps, minGaps, overflow, CompressedWords, MaxTrackingEm);
            // Still too wide: start a little further left, as far as the margin allows, then tighten the whole line.
            float room = startX - (left + MathF.Max(0, -words[0].InkLeft));
            float back = MathF.Min(room, overflow);
            startX -= back;
            overflow -= back;
            if (overflow > 0) Compress(words, gaps, minGaps, overflow, count, float.MaxValue);
            Positions(words, gaps, xs);
        }

        float slope = hand.LineSlopeDegrees * (0.7f * _slopeUnit + 0.35f * _random.NextSigned());
        float tanSlope = MathF.Tan(slope * MathF.PI / 180f);
        float lineWidth = xs[^1] + words[^1].Advance;
        float midX = startX + lineWidth / 2;
        float baseY = positioned.Baseline + drift * hand.BaselineDrift;
        var wave = new BaselineWave(hand, ref _random);

        var pending = new (DrawWord Word, LayoutBox Box, GlyphPlacement[] Glyphs)[count];
        LayoutBox lineBox = default;
        for (int k = 0; k < count; k++)
        {
            var shape = words[k];
            var word = shape.Word;
            float ox = startX + xs[k];
            float lineEm = xs[k] / size;
            float oy = baseY + (ox - midX) * tanSlope + wave.At(lineEm) * size + _random.NextSigned() * hand.WordBaseline;
            float rotation = slope + _random.NextSigned() * hand.WordRotationDegrees;
            float wordEm = (shape.Advance + gaps[k]) / size;
            var color = _ink.Next(_distanceEm + wordEm / 2, wordEm, k == 0);
            _distanceEm += wordEm;

            var placements = new GlyphPlacement[word.Glyphs.Length];
            int glyphStart = page.Glyphs.Count;
            float top = -line.Font.AscentEm * shape.Size, bottom = line.Font.DescentEm * shape.Size;
            float boxLeft = MathF.Min(0, shape.InkLeft), boxRight = MathF.Max(shape.Advance, shape.InkRight);
            var ys = new float[word.Glyphs.Length];
            for (int i = 0; i < ys.Length; i++) ys[i] = (wave.At(lineEm + shape.X[i] / size) - wave.At(lineEm)) * size + shape.Y[i];
            // pdftotext starts a new word when a word's second glyph sits more than about half a point
            // above or below its first (poppler's TextPage::addChar compares baselines): keep the first two close.
            if (ys.Length > 1 && MathF.Abs(ys[1] - ys[0]) > MaxFirstStep)
                ys[0] = ys[1] - MathF.CopySign(MaxFirstStep, ys[1] - ys[0]);
            if (hand.Realism > 0) WordBend.Apply(shape.X, ys, shape.Size, ref _random);
            for (int i = 0; i < word.Glyphs.Length; i++)
            {
                var glyph = word.Glyphs[i];
                float gx = shape.X[i];
                float gy = ys[i];
                page.Glyphs.Add(new DrawGlyph(glyph.Font.Face, glyph.Glyph, gx, gy, word.ClusterBytes[i]));
                placements[i] = new GlyphPlacement(glyph.CodePoint, glyph.Font.Id, glyph.Form, glyph.Glyph, gx, gy, shape.Size);
                var ink = glyph.InkEm;
                if (!ink.IsEmpty)
                {
                    top = MathF.Min(top, gy + ink.Top * shape.Size);
                    bottom = MathF.Max(bottom, gy + ink.Bottom * shape.Size);
                }
            }
            // The slant leans the box's top right (and its bottom left) by its height.
            float lean = slant >= 0 ? -top * slant : -bottom * slant;
            float leanBack = slant >= 0 ? -bottom * slant : -top * slant;
            int drawn = word.Glyphs.Length;
            int textBytes = word.TextByteCount;
            if (k < count - 1 && AppendSpace(word.Glyphs[^1], page.Glyphs, shape.Advance, textBytes))
            {
                drawn++;
                textBytes++;
            }
            var box = Rotate(boxLeft + MathF.Min(0, -leanBack), top, boxRight + MathF.Max(0, lean), bottom, rotation, ox, oy);
            lineBox = k == 0 ? box : lineBox.Union(box);
            pending[k] = (new DrawWord(ox, oy, rotation, slant, shape.Size, color, glyphStart, drawn, word.Utf8, textBytes), box, placements);
        }

        // Slope and drift are random; where they would carry the line past the content box, move it back in.
        float dx = lineBox.Left < content.Left ? content.Left - lineBox.Left + Inset
            : lineBox.Right > content.Right ? content.Right - lineBox.Right - Inset : 0;
        float dy = lineBox.Top < content.Top ? content.Top - lineBox.Top + Inset
            : lineBox.Bottom > content.Bottom ? content.Bottom - lineBox.Bottom - Inset : 0;
        var runs = new GlyphRunLayout[count];
        for (int k = 0; k < count; k++)
        {
            var (word, box, placements) = pending[k];
            page.Words.Add(word with { X = word.X + dx, Y = word.Y + dy });
            runs[k] = new GlyphRunLayout
            {
                Text = line.Words[k].Text,
                Box = box with { Left = box.Left + dx, Top = box.Top + dy },
                OriginX = word.X + dx,
                OriginY = word.Y + dy,
                RotationDegrees = word.RotationDegrees,
                SlantDegrees = MathF.Atan(slant) * 180f / MathF.PI,
                Glyphs = placements,
            };
        }
        var placedBox = lineBox with { Left = lineBox.Left + dx, Top = lineBox.Top + dy };
        if (line.Part == LetterPart.Signature && _underlineSignature)
            Underline(page, runs, size, content, pending[0].Word.Y + dy, tanSlope);
        return new LineLayout
        {
            Part = line.Part,
            PartIndex = line.PartIndex,
            Text = line.Text,
            Baseline = positioned.Baseline,
            Box = placedBox,
            Runs = runs,
        };
    }

    /// <summary>Word origins along the line from the words' advances and gaps.</summary>
    private static void Positions(WordShape[] words, float[] gaps, float[] xs)
    {
        float x = 0;
        for (int k = 0; k < words.Length; k++)
        {
            xs[k] = x;
            x += words[k].Advance + gaps[k];
        }
    }

    /// <summary>Takes up to <paramref name="overflow"/> out of the last <paramref name="wordCount"/> words: their gaps down to the floor, then their letter spacing. Returns what is left.</summary>
    private static float Compress(WordShape[] words, float[] gaps, float[] minGaps, float overflow, int wordCount, float maxTrackingEm)
    {
        int first = Math.Max(0, words.Length - wordCount);
        for (int k = words.Length - 2; k >= first && overflow > 0; k--)
        {
            float take = MathF.Min(MathF.Max(0, gaps[k] - minGaps[k]), overflow);
            gaps[k] -= take;
            overflow -= take;
        }
        if (overflow <= 0) return 0;
        int letters = 0;
        for (int k = first; k < words.Length; k++) letters += words[k].Word.Glyphs.Length - 1;
        if (letters == 0) return overflow;
        float perLetter = MathF.Min(overflow / letters, maxTrackingEm == float.MaxValue ? float.MaxValue : maxTrackingEm * words[^1].Size);
        for (int k = first; k < words.Length; k++)
        {
            words[k].Track(perLetter);
            // Tighter letters pull the word's ink in: the gap after it may close by as much, never below the floor.
            if (k + 1 < words.Length) minGaps[k] -= perLetter * (words[k].Word.Glyphs.Length - 1);
        }
        return MathF.Max(0, overflow - perLetter * letters);
    }

    /// <summary>
    /// Ends a word with a real space glyph (no ink) in the same font, so the PDF carries the space itself:
    /// extractors that guess spaces from gaps (PdfPig's) otherwise run tilted words together.
    /// </summary>
    private static bool AppendSpace(ShapedGlyph last, List<DrawGlyph> glyphs, float x, int clusterByte)
    {
        var space = last.Font.GlyphFor(' ');
        if (space == 0) return false;
        var previous = glyphs[^1];
        glyphs.Add(new DrawGlyph(previous.Face, space, x, previous.Y, clusterByte));
        return true;
    }

    /// <summary>One pen stroke under the signature: slightly bowed, rising a little to the right.</summary>
    private void Underline(ComposedPage page, GlyphRunLayout[] runs, float size, LayoutBox content, float baseline, float tanSlope)
    {
        float from = runs[0].Box.Left - 0.05f * size, to = runs[^1].Box.Right + (0.1f + 0.1f * _random.NextUnit()) * size;
        from = MathF.Max(from, content.Left + 1);
        to = MathF.Min(to, content.Right - 1);
        float width = 0.05f * size;
        float y0 = MathF.Min(baseline + 0.2f * size, content.Bottom - width);
        float rise = (to - from) * (tanSlope - 0.02f - 0.02f * _random.NextUnit());
        float bow = (0.03f + 0.03f * _random.NextUnit()) * size;
        var p0 = new SKPoint(from, y0);
        var p3 = new SKPoint(to, MathF.Min(y0 + rise, content.Bottom - width));
        var p1 = new SKPoint(from + (to - from) / 3, y0 + rise / 3 + bow);
        var p2 = new SKPoint(from + 2 * (to - from) / 3, y0 + 2 * rise / 3 + bow * 0.4f);
        page.Strokes.Add(new DrawStroke(p0, p1, p2, p3, width, _ink.Next(_distanceEm, 0, lineStart: false)));
    }

    /// <summary>The page box of a word-local box rotated about the word's origin and moved there.</summary>
    private static LayoutBox Rotate(float left, float top, float right, float bottom, float degrees, float x, float y)
    {
        if (degrees == 0) return LayoutBox.FromEdges(x + left, y + top, x + right, y + bottom);
        float radians = degrees * MathF.PI / 180f, cos = MathF.Cos(radians), sin = MathF.Sin(radians);
        float minX = float.MaxValue, minY = float.MaxValue, maxX = float.MinValue, maxY = float.MinValue;
        foreach (var (px, py) in (ReadOnlySpan<(float, float)>)[(left, top), (right, top), (left, bottom), (right, bottom)])
        {
            float rx = px * cos - py * sin, ry = px * sin + py * cos;
            minX = MathF.Min(minX, rx); maxX = MathF.Max(maxX, rx);
            minY = MathF.Min(minY, ry); maxY = MathF.Max(maxY, ry);
        }
        return LayoutBox.FromEdges(x + minX, y + minY, x + maxX, y + maxY);
    }
}
