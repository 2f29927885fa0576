using System.Globalization;

namespace LetterStudio.Printing.Pdf;

/// <summary>Pages this library draws itself: separators, blank backs, the manifest. Helvetica only.</summary>
internal static class DrawnPage
{
    public const string Regular = PageCopier.MarkFont;
    public const string Bold = "LSBold";

    public static void Add(PdfOutput output, double width, double height, byte[]? content)
    {
        var number = output.Reserve();
        var dict = new PdfDict([
            new("Type", new PdfName("Page")),
            new("Parent", new PdfOutRef(output.AddPage(number))),
            new("MediaBox", new PdfArray([PdfAtom.Number(0), PdfAtom.Number(0), Number(width), Number(height)])),
        ]);
        if (content is not null)
        {
            dict["Resources"] = new PdfDict([new("Font", new PdfDict([
                new(Regular, output.StandardFont("Helvetica")),
                new(Bold, output.StandardFont("Helvetica-Bold"))]))]);
            dict["Contents"] = new PdfOutRef(output.AddStream(new PdfDict(), content));
        }
        output.WriteObject(number, dict, _ => null);
    }

    private static PdfAtom Number(double value) =>
        new(System.Text.Encoding.ASCII.GetBytes(value.ToString("0.####", CultureInfo.InvariantCulture)));
}
