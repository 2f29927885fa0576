namespace LetterStudio.Handwriting;

/// <summary>One drawn glyph.</summary>
/// <param name="CodePoint">The first Unicode scalar of the characters it draws (a ligature draws several).</param>
/// <param name="FontId">The manifest id of the font it came from (the fallback font's id when the hand lacks it).</param>
/// <param name="Form">Which form (allograph) of the glyph was drawn: 0 is the shaped glyph itself, 1.. its alternates.</param>
/// <param name="GlyphId">The glyph id drawn, in its font.</param>
/// <param name="X">Origin along the run's baseline, relative to the run's origin.</param>
/// <param name="Y">Origin below the run's baseline (negative: above), relative to the run's origin.</param>
/// <param name="Size">Font size in points (the same for every glyph of a run).</param>
public readonly record struct GlyphPlacement(int CodePoint, string FontId, int Form, ushort GlyphId, float X, float Y, float Size);
