using LetterStudio.Inspection.Reading;
using LetterStudio.Inspection.Words;

namespace LetterStudio.Inspection.Tells;

/// <summary>Two neighbouring identical characters inside a word.</summary>
internal sealed record DoubledPair(InkWord Word, InkGlyph First, InkGlyph Second, bool Identical);

/// <summary>A word that appeared earlier in the document; identical when drawn with the same glyphs.</summary>
internal sealed record WordRepeat(InkWord Word, InkWord Earlier, bool Identical);

/// <summary>A word of 4+ letters and how far its farthest glyph origin lies from the least-squares line, in em.</summary>
internal sealed record LongWord(InkWord Word, double DeviationEm, bool Rigid);

/// <summary>Neighbouring words on a line: the gap between their ink boxes (em) and their colour difference at the join.</summary>
internal sealed record WordPair(InkWord Left, InkWord Right, double GapEm, double DeltaE, bool Touching, bool Step);

/// <summary>Everything measured in one document, each finding tagged with its page through its word or glyph.</summary>
internal sealed record Findings(
    IReadOnlyList<InkWord> Words,
    IReadOnlyList<DoubledPair> Doubles,
    IReadOnlyList<WordRepeat> Repeats,
    IReadOnlyList<LongWord> LongWords,
    IReadOnlyList<WordPair> Pairs,
    IReadOnlyList<InkGlyph> Fallbacks)
{
    public Findings OnPage(int page) => new(
        Words.Where(w => w.Page == page).ToList(),
        Doubles.Where(d => d.Word.Page == page).ToList(),
        Repeats.Where(r => r.Word.Page == page).ToList(),
        LongWords.Where(l => l.Word.Page == page).ToList(),
        Pairs.Where(p => p.Left.Page == page).ToList(),
        Fallbacks.Where(g => g.Page == page).ToList());
}
