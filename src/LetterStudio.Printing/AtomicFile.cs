using System.Security.Cryptography;

namespace LetterStudio.Printing;

/// <summary>
/// A file written under a temporary name beside its final one and renamed into place only when
/// complete (rename within a folder is atomic), so a killed process never leaves a half-written
/// file under the final name. Hashes and counts the bytes as they pass.
/// </summary>
internal sealed class AtomicFile : Stream
{
    private readonly FileStream _file;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _length;
    private bool _done;

    public AtomicFile(string finalPath)
    {
        FinalPath = Path.GetFullPath(finalPath);
        // A dot-name the final-name globs (letters-part-*.pdf) never match; a stale one from a killed run is overwritten.
        TempPath = Path.Combine(Path.GetDirectoryName(FinalPath)!, "." + Path.GetFileName(FinalPath) + ".partial");
        _file = new FileStream(TempPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
    }

    public string FinalPath { get; }

    public string TempPath { get; }

    /// <summary>Flushes to disk, renames into place and returns what was written.</summary>
    public OutputFile Commit(int pages)
    {
        _file.Flush(flushToDisk: true);
        _file.Dispose();
        File.Move(TempPath, FinalPath, overwrite: true);
        _done = true;
        return new OutputFile(FinalPath, _length, Convert.ToHexStringLower(_hash.GetHashAndReset()), pages);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _file.Write(buffer);
        _hash.AppendData(buffer);
        _length += buffer.Length;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => _file.Flush();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Without <see cref="Commit"/>, disposing removes the temporary file.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
            if (!_done)
            {
                _file.Dispose();
                File.Delete(TempPath);
                _done = true;
            }
        }
        base.Dispose(disposing);
    }
}
