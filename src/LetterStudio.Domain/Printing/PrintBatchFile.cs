using LetterStudio.Domain.Common;

namespace LetterStudio.Domain.Printing;

/// <summary>A finished file of a batch, its path relative to the data folder and its SHA-256.</summary>
public sealed class PrintBatchFile
{
    public int Id { get; private set; }
    public int PrintBatchId { get; private set; }
    public PrintFileKind Kind { get; private set; }
    public string RelativePath { get; private set; } = "";
    public long Bytes { get; private set; }
    /// <summary>Lower-case hex.</summary>
    public string Sha256 { get; private set; } = "";
    public int Pages { get; private set; }

    private PrintBatchFile() { }

    public PrintBatchFile(PrintFileKind kind, string relativePath, long bytes, string sha256, int pages)
    {
        if (Path.IsPathRooted(relativePath) || relativePath.Split('/', '\\').Contains(".."))
            throw new DomainValidationException(nameof(RelativePath), $"'{relativePath}' must stay inside the data folder.");
        Kind = kind;
        RelativePath = Guard.Required(relativePath, nameof(RelativePath), 400);
        Bytes = bytes;
        Sha256 = Guard.Required(sha256, nameof(Sha256), 64);
        Pages = pages;
    }

    public string FileName => Path.GetFileName(RelativePath);
}
