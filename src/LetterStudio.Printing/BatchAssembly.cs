using System.Security.Cryptography;
using LetterStudio.Printing.Pdf;

namespace LetterStudio.Printing;

/// <summary>One run of <see cref="BatchAssembler.Assemble"/>.</summary>
internal sealed class BatchAssembly(BatchSettings settings, IReadOnlyList<PartFiles> parts, IReadOnlyList<ManifestLine> manifest, string directory)
{
    // One buffer for every part file, grown to the largest: parts are tens of megabytes, and a fresh
    // large-object-heap array per part lets the heap swell until the next full collection.
    private byte[] _buffer = [];

    public BatchFiles Run(CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        var letters = Join(BatchAssembler.LettersFileName, "Letters", parts.Select(p => p.LettersPdf), ct);
        var envelopes = Join(BatchAssembler.EnvelopesFileName, "Envelopes", parts.Select(p => p.EnvelopesPdf), ct);

        OutputFile csv;
        using (var file = new AtomicFile(Path.Combine(directory, BatchAssembler.ManifestCsvFileName)))
        {
            ManifestCsv.Write(file, manifest);
            csv = file.Commit(0);
        }
        using (var file = new AtomicFile(Path.Combine(directory, BatchAssembler.ManifestPdfFileName)))
        {
            var output = new PdfOutput(file);
            DrawnPage.Add(output, ManifestPage.Width, ManifestPage.Height, ManifestPage.Content(settings, parts, manifest, letters, envelopes));
            output.Finish($"Print batch {settings.BatchId} manifest");
            return new BatchFiles(letters, envelopes, csv, file.Commit(1));
        }
    }

    private OutputFile Join(string name, string title, IEnumerable<OutputFile> inputs, CancellationToken ct)
    {
        using var file = new AtomicFile(Path.Combine(directory, name));
        var output = new PdfOutput(file);
        foreach (var input in inputs)
        {
            ct.ThrowIfCancellationRequested();
            // One part in memory at a time: parts are bounded (e.g. 500 letters), the batch is not.
            var bytes = Read(input.Path);
            if (Convert.ToHexStringLower(SHA256.HashData(bytes.Span)) != input.Sha256)
                throw new InvalidDataException($"Part file {input.Path} has changed since it was written (SHA-256 differs).");
            if (input.Pages == 0) continue;
            PageCopier copier;
            try
            {
                // The part's SHA-256 matched the one recorded when it was written: these are our own bytes, so
                // reading every object ahead of copying would only check what the hash already proved.
                copier = PageCopier.Prepare(bytes, PageCopier.Check.Pages);
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"Part file {input.Path} cannot be read: {e.Message}", e);
            }
            copier.CopyTo(output, _ => null);
        }
        output.Finish($"{title}, print batch {settings.BatchId}");
        return file.Commit(output.PageCount);
    }

    private ReadOnlyMemory<byte> Read(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"Part file {path} is missing.");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var length = checked((int)stream.Length);
        if (_buffer.Length < length) _buffer = new byte[length];
        stream.ReadExactly(_buffer, 0, length);
        return _buffer.AsMemory(0, length);
    }
}
