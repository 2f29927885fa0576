namespace LetterStudio.Domain.Common;

/// <summary>One refusal of a rule: the field it names and why, the same words a <see cref="DomainValidationException"/> carries.</summary>
public sealed record FieldError(string Field, string Message)
{
    public DomainValidationException ToException() => new(Field, Message);
}
