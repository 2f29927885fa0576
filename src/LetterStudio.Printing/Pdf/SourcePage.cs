namespace LetterStudio.Printing.Pdf;

/// <summary>A page of a source PDF with the attributes it inherits from the page tree made explicit.</summary>
internal sealed record SourcePage(int ObjectNumber, PdfDict Dict, PdfValue? Resources, PdfValue MediaBox, PdfValue? CropBox, PdfValue? Rotate)
{
    /// <summary>Width and height in points, from the media box.</summary>
    public (double Width, double Height) Size(PdfSource source)
    {
        if (source.Resolve(MediaBox) is PdfArray { Items.Count: 4 } box)
        {
            var n = box.Items.Select(i => source.Resolve(i) is PdfAtom a && a.TryGetDouble(out var d) ? d : double.NaN).ToArray();
            if (n.All(double.IsFinite) && n[2] > n[0] && n[3] > n[1]) return (n[2] - n[0], n[3] - n[1]);
        }
        throw new InvalidDataException($"page object {ObjectNumber} has no valid /MediaBox");
    }
}
