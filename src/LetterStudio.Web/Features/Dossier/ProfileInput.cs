using System.ComponentModel.DataAnnotations;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Web.Features.Dossier;

/// <summary>The style profile editor's form. Lists are one phrase per line; the domain validates the rest.</summary>
public sealed class ProfileInput
{
    public int BaseVersion { get; set; }
    [Required] public string VoiceDescription { get; set; } = "";
    [Range(1, 5)] public int Formality { get; set; } = 3;
    [Range(1, 5)] public int Warmth { get; set; } = 3;
    public Humour Humour { get; set; }
    public SentenceLength SentenceLength { get; set; } = SentenceLength.Medium;
    public string? WordsToUse { get; set; }
    public string? WordsToAvoid { get; set; }
    public List<PetNameInput> PetNames { get; set; } = [];
    [Required] public string Salutation { get; set; } = "Dear {name},";
    [Required] public string SignOff { get; set; } = "With love,";
    [Required] public string SignatureName { get; set; } = "";
    [Required] public string FontId { get; set; } = LetterLook.Default.FontId;
    [Range(8, 48)] public double FontSizePt { get; set; } = LetterLook.Default.FontSizePt;
    [Required] public string InkColour { get; set; } = LetterLook.Default.InkColour;
    public Stationery Stationery { get; set; }
    public PaperSize Paper { get; set; }
    /// <summary>The hand to sign in (a catalogue id); empty for the body hand's own signature hand.</summary>
    public string? SignatureFontId { get; set; }
    public bool SignatureUnderline { get; set; }

    public static ProfileInput From(StyleProfile? profile, IEnumerable<Recipient> recipients)
    {
        var input = profile is null ? new ProfileInput() : new ProfileInput
        {
            BaseVersion = profile.Version,
            VoiceDescription = profile.VoiceDescription,
            Formality = profile.Formality,
            Warmth = profile.Warmth,
            Humour = profile.Humour,
            SentenceLength = profile.SentenceLength,
            WordsToUse = string.Join('\n', profile.WordsToUse),
            WordsToAvoid = string.Join('\n', profile.WordsToAvoid),
            Salutation = profile.Salutation,
            SignOff = profile.SignOff,
            SignatureName = profile.SignatureName,
            FontId = profile.Look.FontId,
            FontSizePt = profile.Look.FontSizePt,
            InkColour = profile.Look.InkColour,
            Stationery = profile.Look.Stationery,
            Paper = profile.Look.Paper,
            SignatureFontId = profile.Look.SignatureFontId,
            SignatureUnderline = profile.Look.SignatureUnderline,
        };
        input.PetNames = [.. recipients.Select(r => new PetNameInput { RecipientId = r.Id, RecipientName = r.Name, Name = profile?.PetNameFor(r.Id) })];
        return input;
    }

    public StyleProfileDraft ToDraft() => new(VoiceDescription, Formality, Warmth, Humour, SentenceLength,
        Lines(WordsToUse), Lines(WordsToAvoid),
        [.. PetNames.Where(p => !string.IsNullOrWhiteSpace(p.Name)).Select(p => new PetName(p.RecipientId, p.Name!))],
        Salutation, SignOff, SignatureName, LetterLook.Create(FontId, FontSizePt, InkColour, Stationery, Paper)
            .WithSignature(string.IsNullOrWhiteSpace(SignatureFontId) ? null : SignatureFontId, SignatureUnderline));

    private static string[] Lines(string? text) => (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

public sealed class PetNameInput
{
    public int RecipientId { get; set; }
    public string? RecipientName { get; set; }
    public string? Name { get; set; }
}
