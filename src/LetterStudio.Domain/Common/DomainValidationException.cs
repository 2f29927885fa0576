namespace LetterStudio.Domain.Common;

/// <summary>Invalid data, refused before anything is written. <see cref="Field"/> names the offending field.</summary>
public sealed class DomainValidationException(string field, string message)
    : Exception($"{field}: {message}")
{
    public string Field { get; } = field;
    public string Reason { get; } = message;
}
