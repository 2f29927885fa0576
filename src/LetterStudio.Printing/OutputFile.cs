namespace LetterStudio.Printing;

/// <summary>A finished file under its final name.</summary>
/// <param name="Path">Full path.</param>
/// <param name="Bytes">Size in bytes.</param>
/// <param name="Sha256">SHA-256 of the content, lower-case hex.</param>
/// <param name="Pages">PDF pages; 0 for the CSV.</param>
public sealed record OutputFile(string Path, long Bytes, string Sha256, int Pages);
