using System.Globalization;

namespace LetterStudio.Printing;

/// <summary>
/// What a letter's QR code says: <c>LS:B17:O42:E42</c> (batch, order, envelope). Only QR
/// alphanumeric characters (upper case, digits, ':'), so up to 25 characters fit a version-1 code
/// (21 modules) that sits in the bottom margin of a page and still reads at 150 dpi; a scanner at
/// the folding table reads it to find the order and the envelope it goes into.
/// </summary>
/// <param name="BatchId">The print batch.</param>
/// <param name="OrderId">The order.</param>
/// <param name="Envelope">The envelope number (the letter's Sequence).</param>
public sealed record PrintMark(int BatchId, int OrderId, int Envelope)
{
    private const string Prefix = "LS:";

    /// <summary>The QR code's text.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}B{BatchId}:O{OrderId}:E{Envelope}");

    /// <summary>The small human-readable line printed beside the code, e.g. "LS-000042 · batch 17 · envelope 42".</summary>
    public string Caption(string orderReference) =>
        string.Create(CultureInfo.InvariantCulture, $"{orderReference} · batch {BatchId} · envelope {Envelope}");

    /// <summary>Reads a QR code's text back; false when it is not one of ours.</summary>
    public static bool TryParse(string? text, out PrintMark mark)
    {
        mark = null!;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var fields = text[Prefix.Length..].Split(':');
        if (fields.Length != 3) return false;
        if (!Field(fields[0], "B", out var batch) || !Field(fields[1], "O", out var order) || !Field(fields[2], "E", out var envelope))
            return false;
        mark = new PrintMark(batch, order, envelope);
        return true;
    }

    private static bool Field(string field, string name, out int value)
    {
        value = 0;
        return field.StartsWith(name, StringComparison.Ordinal)
            && int.TryParse(field.AsSpan(name.Length), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
