using LetterStudio.Handwriting;

namespace LetterStudio.Printing;

/// <summary>An envelope written in the letter's hand by the Handwriting engine.</summary>
/// <param name="Recipient">Lines written in the middle: name first, then the postal address.</param>
/// <param name="Size">Envelope format.</param>
/// <param name="FontId">The letter's font id; null means the library's first font.</param>
/// <param name="Ink">The letter's ink.</param>
/// <param name="Seed">Seed of the hand's irregularities (use the letter's, so the run is reproducible).</param>
/// <param name="Realism">Realism level 0-3.</param>
/// <param name="ReturnAddress">Sender lines at the top left; null uses <see cref="BatchSettings.ReturnAddress"/>.</param>
public sealed record EnvelopeRequest(
    IReadOnlyList<string> Recipient,
    EnvelopeSize Size,
    string? FontId,
    InkColor Ink,
    long Seed,
    int Realism = RenderOptions.DefaultRealism,
    IReadOnlyList<string>? ReturnAddress = null);
