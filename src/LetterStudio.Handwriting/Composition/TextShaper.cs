using System.Text;

namespace LetterStudio.Handwriting.Composition;

/// <summary>
/// Turns a part's text into words of glyphs: each stretch of characters the hand covers shaped by
/// HarfBuzz in the hand (kerning, ligatures, contextual forms), the rest from the fallback font glyph
/// by glyph, and a refusal naming the character where neither has it. A form is then chosen for
/// every glyph of the hand (<see cref="FormChooser"/>), in reading order.
/// </summary>
internal sealed class TextShaper(HandwritingFont hand, HandwritingFont fallback, FormChooser? forms)
{
    public HandwritingFont Hand => hand;

    public List<ShapedWord> Shape(string text, LetterPart part, int partIndex)
    {
        var words = new List<ShapedWord>();
        int wordStart = -1, line = 1, column = 1, wordLine = 1, wordColumn = 1;
        int offset = 0;
        while (offset <= text.Length)
        {
            int codePoint = ' ', length = 1;
            var status = System.Buffers.OperationStatus.Done;
            if (offset < text.Length)
            {
                status = Rune.DecodeFromUtf16(text.AsSpan(offset), out var rune, out length);
                codePoint = status == System.Buffers.OperationStatus.Done ? rune.Value : text[offset];
            }
            if (offset == text.Length || IsWordSeparator(codePoint))
            {
                if (wordStart >= 0) words.Add(ShapeWord(text[wordStart..offset], part, partIndex, wordStart, wordLine, wordColumn));
                wordStart = -1;
            }
            else
            {
                if (status != System.Buffers.OperationStatus.Done)
                    throw new UnsupportedCharacterException(codePoint, part, partIndex, offset, line, column);
                if (wordStart < 0) (wordStart, wordLine, wordColumn) = (offset, line, column);
            }
            if (codePoint == '\n') { line++; column = 1; }
            else column++;
            offset += length;
        }
        return words;
    }

    private ShapedWord ShapeWord(string word, LetterPart part, int partIndex, int wordOffset, int line, int column)
    {
        var glyphs = new List<ShapedGlyph>(word.Length);
        int offset = 0, covered = -1, columnInWord = 0;
        while (offset <= word.Length)
        {
            int codePoint = 0, length = 1;
            if (offset < word.Length) (codePoint, length) = (char.ConvertToUtf32(word, offset), char.IsSurrogatePair(word, offset) ? 2 : 1);
            bool handHas = offset < word.Length && hand.Covers(codePoint);
            if (handHas && covered < 0) covered = offset;
            if (!handHas && covered >= 0)
            {
                AddShaped(word, covered, offset - covered, glyphs);
                covered = -1;
            }
            if (offset < word.Length && !handHas)
            {
                var glyph = fallback.GlyphFor(codePoint);
                if (glyph == 0) throw new UnsupportedCharacterException(codePoint, part, partIndex, wordOffset + offset, line, column + columnInWord);
                glyphs.Add(new ShapedGlyph(fallback, glyph, glyph, 0, codePoint, offset, fallback.Face.AdvanceEm[glyph], 0, 0));
            }
            offset += length;
            columnInWord++;
        }
        var shaped = glyphs.ToArray();
        forms?.Choose(word, shaped);
        return new ShapedWord(word, shaped);
    }

    private void AddShaped(string word, int start, int length, List<ShapedGlyph> glyphs)
    {
        foreach (var g in hand.Shaper.Shape(word, start, length))
        {
            int codePoint = char.ConvertToUtf32(word, g.Cluster);
            // Offsets come y-up from HarfBuzz; the page's y grows downwards.
            glyphs.Add(new ShapedGlyph(hand, g.Glyph, g.Glyph, 0, codePoint, g.Cluster, g.AdvanceEm, g.OffsetXEm, -g.OffsetYEm));
        }
    }

    /// <summary>Whitespace separates words, except the no-break spaces, which are drawn as characters.</summary>
    private static bool IsWordSeparator(int codePoint) =>
        codePoint is not (0xA0 or 0x2007 or 0x202F) && Rune.IsValid(codePoint) && Rune.IsWhiteSpace(new Rune(codePoint));
}
