using System.Security.Cryptography;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace LetterStudio.Printing.Jobs.Tests;

internal static partial class PdfText
{
    public static List<string> Pages(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return doc.GetPages().Select(p => Normalize(p.Text)).ToList();
    }

    public static List<string> Pages(string path) => Pages(File.ReadAllBytes(path));

    public static string Normalize(string text) => Spaces().Replace(text, "");

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
