namespace LetterStudio.Printing;

/// <summary>The two files of one batch part and what is in them.</summary>
/// <param name="PartNumber">The part's number, from 1 (in the file names as four digits).</param>
/// <param name="LettersPdf"><c>letters-part-NNNN.pdf</c>: separators, letters, blank backs, QR marks.</param>
/// <param name="EnvelopesPdf"><c>envelopes-part-NNNN.pdf</c>: one envelope per placed letter, same order.</param>
/// <param name="Sheets">Physical sheets of the letters PDF.</param>
/// <param name="Letters">Letters written, in order, with part-relative placement.</param>
/// <param name="Failures">Letters left out, with the reason.</param>
public sealed record PartFiles(
    int PartNumber,
    OutputFile LettersPdf,
    OutputFile EnvelopesPdf,
    int Sheets,
    IReadOnlyList<PlacedLetter> Letters,
    IReadOnlyList<LetterFailure> Failures);
