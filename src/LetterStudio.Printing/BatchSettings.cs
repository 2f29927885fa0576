namespace LetterStudio.Printing;

/// <summary>What holds for a whole batch.</summary>
/// <param name="BatchId">The batch's id, printed in every QR code and on separator sheets.</param>
/// <param name="Duplex">Printed on both sides: letters with an odd page count get a blank back, so every letter starts on a new sheet.</param>
/// <param name="PaperLabel">Short description of the batch's paper for the manifest, e.g. "mixed" or "A4 cream laid".</param>
/// <param name="ReturnAddress">Return address written on envelopes whose request has none.</param>
/// <param name="CreatedAt">When the batch was made, printed on the manifest; null prints none (keeps output reproducible).</param>
public sealed record BatchSettings(
    int BatchId,
    bool Duplex,
    string PaperLabel,
    IReadOnlyList<string> ReturnAddress,
    DateTimeOffset? CreatedAt = null);
