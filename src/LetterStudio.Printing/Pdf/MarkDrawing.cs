using QRCoder;

namespace LetterStudio.Printing.Pdf;

/// <summary>
/// Draws a letter's <see cref="PrintMark"/>: a QR code of filled squares (vector, so it stays sharp
/// at any printer resolution) with a one-line caption to its left, in the bottom-right corner.
/// </summary>
internal static class MarkDrawing
{
    // At the foot of a letter page the code must sit in the bottom margin (30-57 pt in our papers):
    // 1.2 pt modules make a version-1 code 25 pt square, about 2.5 px per module at 150 dpi,
    // and 11 pt (4 mm) from the edges clears the unprintable border of office printers.
    private const double FootModule = 1.2, FootInset = 11, FootCaptionSize = 5;

    // On a blank back there is room: bigger modules read more easily at the folding table.
    private const double BackModule = 2.4, BackInset = 36, BackCaptionSize = 7;

    public static byte[] Content(PrintMark mark, string caption, double pageWidth, bool onBlankBack)
    {
        var (module, inset, captionSize) = onBlankBack ? (BackModule, BackInset, BackCaptionSize) : (FootModule, FootInset, FootCaptionSize);
        using var generator = new QRCodeGenerator();
        // Level L keeps our short alphanumeric text at version 1 (21 modules) up to 25 characters.
        using var data = generator.CreateQrCode(mark.ToString(), QRCodeGenerator.ECCLevel.L);
        var matrix = data.ModuleMatrix;
        // QRCoder adds a 4-module quiet zone; the paper around the code is blank, so drawing starts at the code itself.
        const int quiet = 4;
        var size = matrix.Count - 2 * quiet;
        var side = size * module;
        var left = pageWidth - inset - side;
        var bottom = inset;
        var content = new ContentBuilder().Op("q 0 g");
        for (var row = 0; row < size; row++)
        {
            var y = bottom + (size - 1 - row) * module;
            var bits = matrix[row + quiet];
            for (var col = 0; col < size;)
            {
                if (!bits[col + quiet]) { col++; continue; }
                var start = col;
                while (col < size && bits[col + quiet]) col++;
                // Runs of dark modules as one rectangle: a quarter of the operators, and no hairline seams.
                content.Rect(left + start * module, y, (col - start) * module, module);
            }
        }
        content.Op("f");
        var text = PdfText.Fit(caption, captionSize, left - inset - 6);
        content.Text(PageCopier.MarkFont, captionSize, left - 6 - PdfText.Width(text, captionSize), bottom + 1, text);
        return content.Op("Q").ToBytes();
    }
}
