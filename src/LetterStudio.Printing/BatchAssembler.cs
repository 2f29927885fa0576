namespace LetterStudio.Printing;

/// <summary>
/// Joins a batch's parts into <c>letters.pdf</c> and <c>envelopes.pdf</c> (streamed, by the same
/// object copier as the parts) and writes <c>manifest.csv</c> and a one-page <c>manifest.pdf</c>.
/// Every file is written under a temporary name and renamed when complete.
/// </summary>
public sealed class BatchAssembler
{
    /// <summary>Name of the combined letters PDF.</summary>
    public const string LettersFileName = "letters.pdf";
    /// <summary>Name of the combined envelopes PDF.</summary>
    public const string EnvelopesFileName = "envelopes.pdf";
    /// <summary>Name of the manifest CSV.</summary>
    public const string ManifestCsvFileName = "manifest.csv";
    /// <summary>Name of the manifest summary PDF.</summary>
    public const string ManifestPdfFileName = "manifest.pdf";

    /// <summary>Assembles the batch into <paramref name="directory"/>.</summary>
    /// <param name="settings">The batch's settings.</param>
    /// <param name="partsInOrder">The parts, in order; their files must still exist.</param>
    /// <param name="manifest">One line per letter, usually <see cref="ManifestLine.FromParts"/>.</param>
    /// <param name="directory">Output folder (created if missing).</param>
    /// <param name="ct">Stops between parts; temporary files are removed.</param>
    /// <exception cref="InvalidDataException">A part file is missing or not a PDF this copier reads.</exception>
    public BatchFiles Assemble(BatchSettings settings, IReadOnlyList<PartFiles> partsInOrder, IReadOnlyList<ManifestLine> manifest,
        string directory, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(partsInOrder);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return new BatchAssembly(settings, partsInOrder, manifest, directory).Run(ct);
    }
}
