namespace LetterStudio.Web.Features.Api.Bulk;

/// <summary>An upload that cannot be read at all (too large, malformed, not CSV or JSON); <see cref="Field"/> says where.</summary>
public sealed class BulkUploadException(string field, string message, bool tooLarge = false) : Exception(message)
{
    public string Field { get; } = field;
    public bool TooLarge { get; } = tooLarge;
}
