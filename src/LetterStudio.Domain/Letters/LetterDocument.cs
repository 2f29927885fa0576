using System.Security.Cryptography;

namespace LetterStudio.Domain.Letters;

/// <summary>
/// A rendered PDF of one letter revision. Kept in a table of its own so listing orders and letters
/// never loads PDF bytes.
/// </summary>
public sealed class LetterDocument
{
    public int Id { get; private set; }
    public int LetterId { get; private set; }
    public int RevisionNumber { get; private set; }
    public byte[] Pdf { get; private set; } = [];
    public int PageCount { get; private set; }
    /// <summary>Lower-case hex SHA-256 of <see cref="Pdf"/>.</summary>
    public string Sha256 { get; private set; } = "";
    /// <summary>The render options (font, size, ink, paper, realism, seed) as JSON, so the PDF can be made again.</summary>
    public string RenderSettingsJson { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    private LetterDocument() { }

    public LetterDocument(int letterId, int revisionNumber, byte[] pdf, int pageCount, string renderSettingsJson, DateTimeOffset now)
    {
        if (pdf is null || pdf.Length == 0) throw new Common.DomainValidationException(nameof(Pdf), "is empty.");
        if (pageCount < 1) throw new Common.DomainValidationException(nameof(PageCount), "must be at least 1.");
        LetterId = letterId;
        RevisionNumber = revisionNumber;
        Pdf = pdf;
        PageCount = pageCount;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
        RenderSettingsJson = renderSettingsJson;
        CreatedAt = now;
    }
}
