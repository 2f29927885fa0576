namespace LetterStudio.Domain.Common;

/// <summary>Guard clauses that name the field they protect, so every refusal says what was wrong.</summary>
public static class Guard
{
    public static string Required(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new DomainValidationException(field, "is required.");
        if (CheckOptional(value, field, maxLength) is { } error) throw error.ToException();
        return value.Trim();
    }

    public static string? Optional(string? value, string field, int maxLength)
    {
        if (CheckOptional(value, field, maxLength) is { } error) throw error.ToException();
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The refusal <see cref="Required"/> would throw, or null: for validators that report every field at once.</summary>
    public static FieldError? CheckRequired(string? value, string field, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? new FieldError(field, "is required.") : CheckOptional(value, field, maxLength);

    /// <summary>The refusal <see cref="Optional"/> would throw, or null.</summary>
    public static FieldError? CheckOptional(string? value, string field, int maxLength)
    {
        var length = string.IsNullOrWhiteSpace(value) ? 0 : value.Trim().Length;
        return length > maxLength ? new FieldError(field, $"must be at most {maxLength:N0} characters (got {length:N0}).") : null;
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
