using System.Buffers;
using System.IO.Compression;

namespace LetterStudio.Printing.Pdf;

/// <summary>Checks that a Flate-encoded stream inflates to its end (§7.4.4); other filters are left alone.</summary>
internal static class StreamCheck
{
    public static void Inflate(int number, PdfDict dict, ReadOnlyMemory<byte> data)
    {
        var flate = dict["Filter"] switch
        {
            PdfName name => name.Name == "FlateDecode",
            PdfArray { Items: [PdfName only] } => only.Name == "FlateDecode",
            _ => false,
        };
        if (!flate) return;
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            using var input = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(data, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(data.ToArray(), writable: false);
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            while (zlib.Read(buffer, 0, buffer.Length) > 0) { }
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"stream of object {number} is damaged ({e.Message})", e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
