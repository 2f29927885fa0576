using LetterStudio.Data.Setup;
using Microsoft.Extensions.Options;

namespace LetterStudio.Application.Printing;

/// <summary>Where a batch's files live. Paths are stored relative to the data folder, so the folder can move.</summary>
public sealed class PrintFolders(IOptions<StudioOptions> studio, IOptions<PrintingOptions> printing)
{
    public string DataFolder => Path.GetFullPath(studio.Value.ResolvedDataFolder);
    public string Root => printing.Value.ResolveOutputFolder(DataFolder);
    public string Batch(int batchId) => Path.Combine(Root, $"batch-{batchId:000000}");
    public string Parts(int batchId) => Path.Combine(Batch(batchId), "parts");
    public string Reprints(int batchId) => Path.Combine(Batch(batchId), "reprints");

    public string Relative(string fullPath) => Path.GetRelativePath(DataFolder, fullPath).Replace('\\', '/');

    /// <summary>The full path of a stored relative path; refuses one that leaves the data folder.</summary>
    public string Full(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(DataFolder, relativePath));
        if (!full.StartsWith(DataFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relativePath))
            throw new InvalidOperationException($"'{relativePath}' is outside the data folder.");
        return full;
    }
}
