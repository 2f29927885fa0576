namespace LetterStudio.Printing;

/// <summary>One letter of a print batch, as the part writer needs it.</summary>
/// <param name="Sequence">Mailing order from 1; also the envelope number printed on the letter's mark.</param>
/// <param name="OrderId">The order the letter belongs to; failures are reported by it.</param>
/// <param name="OrderReference">The order's human reference (e.g. "LS-000042"), printed beside the QR code.</param>
/// <param name="GroupKey">Key of the paper/ink group the letter is printed with (letters of a group are consecutive).</param>
/// <param name="GroupLabel">What the print room loads for the group, e.g. "A4 · cream laid · blue-black ink".</param>
/// <param name="StartsGroup">True for a group's first letter: a separator sheet goes before it.</param>
/// <param name="PageCount">Pages of <paramref name="LetterPdf"/>; a mismatch is reported as a failure.</param>
/// <param name="LetterPdf">The stored, already rendered letter PDF; copied, never re-rendered.</param>
/// <param name="Envelope">How to write the envelope.</param>
/// <param name="RecipientName">Recipient, for the manifest.</param>
/// <param name="AddressLines">Postal address lines (without the name), for the manifest.</param>
/// <param name="LetterSha256">
/// Lower-case hex SHA-256 recorded when the letter was rendered, if known. When the bytes match it they are the
/// engine's own and are copied after reading the page tree; without it every stream is inflated to check it.
/// </param>
public sealed record BatchLetter(
    int Sequence,
    int OrderId,
    string OrderReference,
    string GroupKey,
    string GroupLabel,
    bool StartsGroup,
    int PageCount,
    ReadOnlyMemory<byte> LetterPdf,
    EnvelopeRequest Envelope,
    string RecipientName,
    IReadOnlyList<string> AddressLines,
    string? LetterSha256 = null);
