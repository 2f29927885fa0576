namespace LetterStudio.Handwriting;

/// <summary>What is printed on the sheet before the hand writes on it.</summary>
public enum Stationery
{
    /// <summary>A blank sheet.</summary>
    Plain,
    /// <summary>Faint horizontal rules; the text sits on them.</summary>
    Ruled,
}
