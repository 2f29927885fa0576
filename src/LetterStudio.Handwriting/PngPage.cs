namespace LetterStudio.Handwriting;

/// <summary>Size of a rendered PNG preview.</summary>
/// <param name="WidthPixels">Width in pixels.</param>
/// <param name="HeightPixels">Height in pixels.</param>
public readonly record struct PngPage(int WidthPixels, int HeightPixels);
