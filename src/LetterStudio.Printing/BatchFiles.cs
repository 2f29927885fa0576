namespace LetterStudio.Printing;

/// <summary>The finished batch.</summary>
/// <param name="LettersPdf"><c>letters.pdf</c>: all parts' letters in order.</param>
/// <param name="EnvelopesPdf"><c>envelopes.pdf</c>: all parts' envelopes in order.</param>
/// <param name="ManifestCsv"><c>manifest.csv</c>: one row per letter.</param>
/// <param name="ManifestPdf"><c>manifest.pdf</c>: a one-page summary.</param>
public sealed record BatchFiles(OutputFile LettersPdf, OutputFile EnvelopesPdf, OutputFile ManifestCsv, OutputFile ManifestPdf);
