namespace LetterStudio.Handwriting;

/// <summary>What rendering a letter or envelope produced besides the PDF bytes.</summary>
/// <param name="PageCount">Number of pages written.</param>
/// <param name="Layout">Where everything was written.</param>
public sealed record RenderResult(int PageCount, LetterLayout Layout);
