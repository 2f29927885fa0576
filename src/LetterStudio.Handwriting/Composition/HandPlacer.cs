using LetterStudio.Handwriting.Fonts;
using SkiaSharp;

namespace LetterStudio.Handwriting.Composition;

/// <summary>
/// Puts the words of laid-out lines where a hand would: the left margin wandering down the page,
/// each line drifting and sloping a little, words varying in size, spacing, height, tilt and ink,
/// and every glyph drawn from one of the font's variant forms (reshaped copies whose glyphs
/// differ in size, slant, baseline, spacing and outline). A character never takes the form it had
/// when drawn close by, so two nearby occurrences never come out identical. All of it comes from
/// one seeded generator consumed in reading order, so the same input and seed place everything
/// identically.
/// </summary>
internal sealed class HandPlacer(long seed, InkColor ink)
{
    // "Close together": two occurrences of a character in the same word, or at most this many
    // glyphs apart (the next word), never share a form; farther apart they still differ in word
    // size and tilt. A wider window forces a change of form, so a new glyph run, at nearly every
    // glyph: with the bench letter, 16 glyphs drew 20% slower than 8, and 60 glyphs 40% slower.
    internal const int NearbyGlyphs = 8;

    // Lines whose outline would cross the content box are pulled back inside with this much to spare,
    // so rounding never puts a box a hair outside.
    private const float Inset = 0.01f;

    // Fallback glyphs alternate between 2% smaller and 2% larger.
    private const float FallbackSizeStep = 0.02f;

    private HandRandom _random = new(seed);
    private readonly Dictionary<int, (int Form, int SizeStep, long Position, long Word)> _lastLook = [];
    private long _glyphCounter, _wordCounter;
    private int _wordForm;

    public ComposedPage PlacePage(int index, float width, float height, LayoutBox content,
        IReadOnlyList<float> rules, IReadOnlyList<PositionedLine> lines)
    {
        var words = new List<DrawWord>(lines.Count * 12);
        var glyphs = new List<DrawGlyph>(lines.Count * 64);
        var layoutLines = new List<LineLayout>(lines.Count);
        // Margin wander and baseline drift evolve slowly down the page, as fractions of the hand's maximum.
        float wander = _random.NextUnit(), drift = _random.NextSigned();
        foreach (var positioned in lines)
        {
            wander = Math.Clamp(wander + _random.NextSigned() * 0.35f, 0f, 1f);
            drift = 0.6f * drift + 0.4f * _random.NextSigned();
            layoutLines.Add(PlaceLine(positioned, content, wander, drift, words, glyphs));
        }
        return new ComposedPage
        {
            Width = width,
            Height = height,
            Rules = rules,
            Words = words,
            Glyphs = glyphs,
            Layout = new PageLayout { Index = index, Width = width, Height = height, ContentBox = content, Rules = rules, Lines = layoutLines },
        };
    }

    private LineLayout PlaceLine(PositionedLine positioned, LayoutBox content, float wander, float drift,
        List<DrawWord> drawWords, List<DrawGlyph> drawGlyphs)
    {
        var line = positioned.Line;
        var hand = line.Hand;
        float size = line.Size;
        float spaceEm = LineBreaker.SpaceEm(line.Font);
        int count = line.Words.Count;
        Span<float> scales = count <= 64 ? stackalloc float[count] : new float[count];
        Span<float> gaps = count <= 64 ? stackalloc float[count] : new float[count];
        float lineWidth = 0;
        for (int k = 0; k < count; k++)
        {
            scales[k] = 1 + _random.NextSigned() * hand.WordSizeVariation;
            gaps[k] = k < count - 1 ? spaceEm * size * (1 + _random.NextSigned() * hand.WordSpacingVariation) : 0;
            lineWidth += line.Words[k].AdvanceEm * size * scales[k] + gaps[k];
        }

        float tilt = (line.Font.AscentEm + line.Font.DescentEm) * size * hand.MaxGrowth * MathF.Sin(hand.MaxAngleRadians);
        float startX = line.Alignment == LineAlignment.Left
            ? content.Left + line.Indent + wander * hand.MarginWander + line.Words[0].LeftOverhangEm * size * scales[0] + tilt
            : content.Right - tilt - line.Words[^1].RightOverhangEm * size * scales[count - 1] - lineWidth;
        float slope = _random.NextSigned() * hand.LineSlopeDegrees;
        float tanSlope = MathF.Tan(slope * MathF.PI / 180f);
        float midX = startX + lineWidth / 2;
        float baseY = positioned.Baseline + drift * hand.BaselineDrift;

        var pending = new (DrawWord Word, LayoutBox Box, GlyphPlacement[] Glyphs)[count];
        int firstWord = drawWords.Count;
        float x = startX;
        LayoutBox lineBox = default;
        for (int k = 0; k < count; k++)
        {
            var word = line.Words[k];
            float scale = scales[k];
            float y = baseY + (x - midX) * tanSlope + _random.NextSigned() * hand.WordBaseline;
            float rotation = slope + _random.NextSigned() * hand.WordRotationDegrees;
            var color = InkFor(_random.NextUnit() * hand.InkVariation);
            var placements = new GlyphPlacement[word.Glyphs.Length];
            int glyphStart = drawGlyphs.Count;
            float gx = 0;
            int previousForm = -1;
            _wordCounter++;
            float left = 0, right = 0, top = -line.Font.AscentEm * size * scale, bottom = line.Font.DescentEm * size * scale;
            for (int i = 0; i < word.Glyphs.Length; i++)
            {
                var glyph = word.Glyphs[i];
                var (form, sizeFactor) = PickLook(glyph, hand, previousForm);
                previousForm = glyph.Font == line.Font ? form : -1;
                float glyphSize = size * scale * glyph.Scale * sizeFactor;
                drawGlyphs.Add(new DrawGlyph(glyph.Font.Faces[form], glyph.Glyph, gx, glyphSize));
                placements[i] = new GlyphPlacement(glyph.CodePoint, glyph.Font.Id, form, gx, glyphSize);
                var ink = glyph.Font.InkUnionEm[glyph.Glyph];
                if (!ink.IsEmpty)
                {
                    left = MathF.Min(left, gx + ink.Left * glyphSize);
                    right = MathF.Max(right, gx + ink.Right * glyphSize);
                    top = MathF.Min(top, ink.Top * glyphSize);
                    bottom = MathF.Max(bottom, ink.Bottom * glyphSize);
                }
                gx += glyph.AdvanceEm * size * scale;
            }
            right = MathF.Max(right, gx);
            int drawn = word.Glyphs.Length;
            if (k < count - 1 && AppendSpace(word.Glyphs[^1], drawGlyphs, gx)) drawn++;
            var box = Rotate(left, top, right, bottom, rotation, x, y);
            lineBox = k == 0 ? box : lineBox.Union(box);
            pending[k] = (new DrawWord(x, y, rotation, color, glyphStart, drawn), box, placements);
            x += word.AdvanceEm * size * scale + gaps[k];
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
            drawWords.Add(word with { X = word.X + dx, Y = word.Y + dy });
            runs[k] = new GlyphRunLayout
            {
                Text = line.Words[k].Text,
                Box = box with { Left = box.Left + dx, Top = box.Top + dy },
                OriginX = word.X + dx,
                OriginY = word.Y + dy,
                RotationDegrees = word.RotationDegrees,
                Glyphs = placements,
            };
        }
        return new LineLayout
        {
            Part = line.Part,
            PartIndex = line.PartIndex,
            Text = line.Text,
            Baseline = positioned.Baseline,
            Box = lineBox with { Left = lineBox.Left + dx, Top = lineBox.Top + dy },
            Runs = runs,
        };
    }

    /// <summary>
    /// A look unlike the one this character had when last drawn close by (in the same word or
    /// within <see cref="NearbyGlyphs"/> glyphs): another variant form of the hand, or for fallback
    /// glyphs (which have no forms) the other of two sizes. Otherwise the word keeps one form,
    /// because every change of form inside a word starts a new glyph run in the PDF, the
    /// costliest thing drawn.
    /// </summary>
    private (int Form, float SizeFactor) PickLook(ShapedGlyph glyph, HandProfile hand, int previousForm)
    {
        if (hand.Realism == 0) return (0, 1f);
        long position = _glyphCounter++;
        bool near = _lastLook.TryGetValue(glyph.CodePoint, out var last)
            && (position - last.Position <= NearbyGlyphs || last.Word == _wordCounter);
        int forms = Math.Min(glyph.Font.Faces.Length - 1, hand.FormsInUse) + 1;
        if (forms == 1 && !glyph.Font.IsFallback) return (0, 1f);
        if (forms == 1)
        {
            int step = near ? -last.SizeStep : (_random.NextUnit() < 0.5f ? -1 : 1);
            _lastLook[glyph.CodePoint] = (0, step, position, _wordCounter);
            return (0, 1 + step * FallbackSizeStep);
        }
        // A word starts in a form other than the previous word's, then keeps it unless a nearby
        // occurrence of the same character forces a change.
        int wanted = previousForm >= 0 ? previousForm : (_wordForm + 1 + _random.NextInt(forms - 1)) % forms;
        if (previousForm < 0) _wordForm = wanted;
        int form = wanted;
        if (near && last.Form == wanted)
        {
            form = _random.NextInt(forms - 1);
            if (form >= last.Form) form++;
        }
        _lastLook[glyph.CodePoint] = (form, 0, position, _wordCounter);
        return (form, 1f);
    }

    /// <summary>
    /// Ends a word with a real space glyph (no ink) in the same font form, so the PDF carries the
    /// space itself: extractors that guess spaces from gaps (PdfPig's) otherwise run tilted words
    /// together. It joins the word's last glyph run, so it costs no extra run.
    /// </summary>
    private static bool AppendSpace(ShapedGlyph last, List<DrawGlyph> drawGlyphs, float x)
    {
        var space = last.Font.GlyphFor(' ');
        if (space == 0) return false;
        var previous = drawGlyphs[^1];
        drawGlyphs.Add(previous with { Glyph = space, X = x });
        return true;
    }

    /// <summary>Thinner ink mixes toward the paper; steps of 1/32 keep the PDF's colour operators few.</summary>
    private SKColor InkFor(float thinning)
    {
        float t = MathF.Round(thinning * 32) / 32;
        return new SKColor(Mix(ink.R, t), Mix(ink.G, t), Mix(ink.B, t));
    }

    private static byte Mix(byte channel, float t) => (byte)MathF.Round(channel + (255 - channel) * t);

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
