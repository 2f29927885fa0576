using System.Text.Json;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Application.Letters;

/// <summary>The look chosen on the desk for one letter; starts from the order's own look and is stored with the PDF.</summary>
public sealed record DeskLook(string FontId, float FontSize, string Ink, PaperSize Paper, Stationery Stationery, int Realism = 2,
    string? SignatureFontId = null, bool SignatureUnderline = false)
{
    public static DeskLook From(LetterLook look) => new(look.FontId, (float)look.FontSizePt, look.InkColour, look.Paper, look.Stationery,
        SignatureFontId: look.SignatureFontId, SignatureUnderline: look.SignatureUnderline);

    /// <summary>The order's look as the desk set it; realism is the desk's rendering choice, not part of the order.</summary>
    public LetterLook ToLetterLook() => LetterLook.Create(FontId, FontSize, Ink, Stationery, Paper).WithSignature(SignatureFontId, SignatureUnderline);

    public string ToJson(long seed) => JsonSerializer.Serialize(new { font = FontId, size = FontSize, ink = Ink, paper = Paper.ToString(), stationery = Stationery.ToString(), realism = Realism, seed,
        signatureFont = SignatureFontId, signatureUnderline = SignatureUnderline });
}
