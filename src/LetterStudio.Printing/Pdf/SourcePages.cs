namespace LetterStudio.Printing.Pdf;

/// <summary>Walks a source PDF's page tree (§7.7.3), in order, resolving inherited attributes.</summary>
internal static class SourcePages
{
    private const int MaxDepth = 32;

    public static IReadOnlyList<SourcePage> Read(PdfSource source)
    {
        if (source.Resolve(source.Trailer["Root"]) is not PdfDict catalog)
            throw new InvalidDataException("the trailer has no /Root catalog");
        if (catalog["Pages"] is not PdfRef root)
            throw new InvalidDataException("the catalog has no /Pages tree");
        var pages = new List<SourcePage>();
        var visited = new HashSet<int>();
        Walk(source, root, null, null, null, null, 0, pages, visited);
        if (pages.Count == 0) throw new InvalidDataException("the PDF has no pages");
        return pages;
    }

    private static void Walk(PdfSource source, PdfRef node, PdfValue? resources, PdfValue? mediaBox, PdfValue? cropBox, PdfValue? rotate,
        int depth, List<SourcePage> pages, HashSet<int> visited)
    {
        if (depth > MaxDepth || !visited.Add(node.Number)) throw new InvalidDataException("the page tree loops");
        if (source.Get(node.Number).Value is not PdfDict dict) throw new InvalidDataException($"page tree node {node.Number} is not a dictionary");
        resources = dict["Resources"] ?? resources;
        mediaBox = dict["MediaBox"] ?? mediaBox;
        cropBox = dict["CropBox"] ?? cropBox;
        rotate = dict["Rotate"] ?? rotate;
        if (dict.IsType("Pages"))
        {
            if (source.Resolve(dict["Kids"]) is not PdfArray kids) throw new InvalidDataException($"page tree node {node.Number} has no /Kids");
            foreach (var kid in kids.Items)
            {
                if (kid is not PdfRef kidRef) throw new InvalidDataException($"page tree node {node.Number} has a kid that is not a reference");
                Walk(source, kidRef, resources, mediaBox, cropBox, rotate, depth + 1, pages, visited);
            }
        }
        else if (dict.IsType("Page"))
        {
            pages.Add(new SourcePage(node.Number, dict, resources,
                mediaBox ?? throw new InvalidDataException($"page object {node.Number} has no /MediaBox"), cropBox, rotate));
        }
        else throw new InvalidDataException($"page tree node {node.Number} is neither /Pages nor /Page");
    }
}
