namespace LetterStudio.Domain.Common;

/// <summary>Guard clauses that name the field they protect, so every refusal says what was wrong.</summary>
public static class Guard
{
    public static string Required(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new DomainValidationException(field, "is required.");
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
            throw new DomainValidationException(field, $"must be at most {maxLength:N0} characters (got {trimmed.Length:N0}).");
        return trimmed;
    }

    public static string? Optional(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
            throw new DomainValidationException(field, $"must be at most {maxLength:N0} characters (got {trimmed.Length:N0}).");
        return trimmed;
    }

    public static int InRange(int value, string field, int min, int max)
    {
        if (value < min || value > max)
            throw new DomainValidationException(field, $"must be between {min} and {max} (got {value}).");
        return value;
    }

    public static string Email(string? value, string field)
    {
        var email = Required(value, field, 254);
        var at = email.IndexOf('@');
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1 || !email[(at + 1)..].Contains('.') || email.Any(char.IsWhiteSpace))
            throw new DomainValidationException(field, $"'{email}' is not an email address.");
        return email;
    }
}
