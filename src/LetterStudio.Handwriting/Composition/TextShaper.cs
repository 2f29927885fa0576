using System.Text;

namespace LetterStudio.Handwriting.Composition;

/// <summary>
/// Turns a part's text into words of glyphs: the hand's glyph where it has one, the fallback
/// font's glyph by glyph where it does not, and a refusal naming the character where neither has it.
/// </summary>
internal sealed class TextShaper(HandwritingFont hand, HandwritingFont fallback)
{
    // Match the fallback's capitals to the hand's, so a borrowed "Ł" is not a head taller than its neighbours.
    private readonly float _fallbackScale = Math.Clamp(hand.Faces[0].CapHeightEm / fallback.Faces[0].CapHeightEm, 0.6f, 1.4f);

    public HandwritingFont Hand => hand;

    public List<ShapedWord> Shape(string text, LetterPart part, int partIndex)
    {
        var words = new List<ShapedWord>();
        var glyphs = new List<ShapedGlyph>();
        int wordStart = 0, line = 1, column = 1;
        int offset = 0;
        while (offset < text.Length)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(offset), out var rune, out int length);
            int codePoint = status == System.Buffers.OperationStatus.Done ? rune.Value : text[offset];
            if (IsWordSeparator(codePoint))
            {
                Flush(text, wordStart, offset, glyphs, words);
                wordStart = offset + length;
            }
            else
            {
                if (status != System.Buffers.OperationStatus.Done)
                    throw new UnsupportedCharacterException(codePoint, part, partIndex, offset, line, column);
                glyphs.Add(Map(codePoint, part, partIndex, offset, line, column));
            }
            if (codePoint == '\n') { line++; column = 1; }
            else column++;
            offset += length;
        }
        Flush(text, wordStart, offset, glyphs, words);
        return words;
    }

    private ShapedGlyph Map(int codePoint, LetterPart part, int partIndex, int offset, int line, int column)
    {
        var glyph = hand.GlyphFor(codePoint);
        if (glyph != 0) return new ShapedGlyph(hand, glyph, codePoint, 1f);
        glyph = fallback.GlyphFor(codePoint);
        if (glyph != 0) return new ShapedGlyph(fallback, glyph, codePoint, _fallbackScale);
        throw new UnsupportedCharacterException(codePoint, part, partIndex, offset, line, column);
    }

    private static void Flush(string text, int start, int end, List<ShapedGlyph> glyphs, List<ShapedWord> words)
    {
        if (glyphs.Count == 0) return;
        words.Add(new ShapedWord(text[start..end], glyphs.ToArray()));
        glyphs.Clear();
    }

    /// <summary>Whitespace separates words, except the no-break spaces, which are drawn as characters.</summary>
    private static bool IsWordSeparator(int codePoint) =>
        codePoint is not (0xA0 or 0x2007 or 0x202F) && Rune.IsValid(codePoint) && Rune.IsWhiteSpace(new Rune(codePoint));
}
