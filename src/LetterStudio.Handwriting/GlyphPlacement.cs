namespace LetterStudio.Handwriting;

/// <summary>One drawn character.</summary>
/// <param name="CodePoint">The Unicode scalar drawn.</param>
/// <param name="FontId">The manifest id of the font it came from (the fallback font's id when the hand lacks it).</param>
/// <param name="Form">Which variant form of the font drew it: 0 is the font itself, 1.. its variant copies.</param>
/// <param name="X">Origin along the run's baseline, relative to the run's origin.</param>
/// <param name="Size">Font size in points.</param>
public readonly record struct GlyphPlacement(int CodePoint, string FontId, int Form, float X, float Size);
