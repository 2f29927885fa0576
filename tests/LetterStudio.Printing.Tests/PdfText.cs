using UglyToad.PdfPig;

namespace LetterStudio.Printing.Tests;

/// <summary>Page text through PdfPig, with all whitespace removed (hand-drawn glyphs are not spaced like type).</summary>
internal static class PageText
{
    public static List<string> All(string file)
    {
        using var document = PdfDocument.Open(file);
        return document.GetPages().Select(p => Squash(p.Text)).ToList();
    }

    public static List<string> All(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => Squash(p.Text)).ToList();
    }

    public static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
