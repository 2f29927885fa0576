namespace LetterStudio.Domain.Printing;

public enum PrintFileKind
{
    Letters = 0,
    Envelopes = 1,
    ManifestCsv = 2,
    ManifestPdf = 3,
    Reprint = 4,
}
