using System.Text.RegularExpressions;
using LetterStudio.Domain.Common;

namespace LetterStudio.Domain.Styles;

/// <summary>How a customer's letters look on paper: the hand, the ink and the stationery.</summary>
public sealed partial record LetterLook
{
    public string FontId { get; private init; } = "";
    public double FontSizePt { get; private init; }
    /// <summary>Ink colour as #RRGGBB.</summary>
    public string InkColour { get; private init; } = "";
    public Stationery Stationery { get; private init; }
    public PaperSize Paper { get; private init; }
    /// <summary>The hand the customer signs in (a font id from the catalogue); null signs in the hand's own signature hand.</summary>
    public string? SignatureFontId { get; private init; }
    /// <summary>Whether the signature is underlined with a hand-drawn stroke.</summary>
    public bool SignatureUnderline { get; private init; }

    private LetterLook() { }

    /// <summary>The same look signed in another hand, underlined or not.</summary>
    public LetterLook WithSignature(string? signatureFontId, bool underline) => this with
    {
        SignatureFontId = Guard.Optional(signatureFontId, nameof(SignatureFontId), Limits.Key),
        SignatureUnderline = underline,
    };

    public static LetterLook Create(string fontId, double fontSizePt, string inkColour, Stationery stationery, PaperSize paper)
    {
        if (double.IsNaN(fontSizePt) || fontSizePt < 8 || fontSizePt > 48)
            throw new DomainValidationException(nameof(FontSizePt), $"must be between 8 and 48 points (got {fontSizePt}).");
        var ink = Guard.Required(inkColour, nameof(InkColour), 7);
        if (!InkPattern().IsMatch(ink))
            throw new DomainValidationException(nameof(InkColour), $"'{ink}' is not a colour of the form #RRGGBB.");
        if (!Enum.IsDefined(stationery)) throw new DomainValidationException(nameof(Stationery), $"'{stationery}' is not a stationery.");
        if (!Enum.IsDefined(paper)) throw new DomainValidationException(nameof(Paper), $"'{paper}' is not a paper size.");
        return new LetterLook
        {
            FontId = Guard.Required(fontId, nameof(FontId), Limits.Key),
            FontSizePt = fontSizePt,
            InkColour = ink.ToUpperInvariant(),
            Stationery = stationery,
            Paper = paper,
        };
    }

    /// <summary>The studio's house look: a blue-black ink on plain A5.</summary>
    public static LetterLook Default { get; } = Create("kristi", 18, "#1B2A4A", Stationery.Plain, PaperSize.A5);

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex InkPattern();
}
