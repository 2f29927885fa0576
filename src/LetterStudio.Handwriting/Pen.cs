namespace LetterStudio.Handwriting;

/// <summary>The pen the letter is written with: how its ink changes along the text.</summary>
public enum Pen
{
    /// <summary>A ballpoint: nearly constant ink with a slow, slight drift (the default).</summary>
    Ballpoint,
    /// <summary>A fountain (dip) pen: the ink fades over a few words and is renewed at the start of a line.</summary>
    FountainPen,
    /// <summary>A felt tip: a little lighter, drifting slowly as the tip dries and recovers.</summary>
    FeltTip,
}
