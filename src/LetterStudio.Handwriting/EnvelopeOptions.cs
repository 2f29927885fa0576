namespace LetterStudio.Handwriting;

/// <summary>How an envelope is addressed.</summary>
public sealed record EnvelopeOptions
{
    /// <summary>Envelope format.</summary>
    public EnvelopeSize Size { get; init; } = EnvelopeSize.DL;

    /// <summary>Id of a font from the manifest; null means the library's first font.</summary>
    public string? FontId { get; init; }

    /// <summary>Font size of the recipient's address in points; null means the font's default size.</summary>
    public float? FontSize { get; init; }

    /// <summary>Ink colour.</summary>
    public InkColor Ink { get; init; } = InkColor.BlueBlack;

    /// <summary>Realism level 0-3, as in <see cref="RenderOptions.Realism"/>.</summary>
    public int Realism { get; init; } = RenderOptions.DefaultRealism;

    /// <summary>Seed of the hand's irregularities.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>PDF title; null means "Envelope".</summary>
    public string? Title { get; init; }

    /// <summary>PDF author; null leaves it empty.</summary>
    public string? Author { get; init; }
}
