using LetterStudio.Domain.Common;

namespace LetterStudio.Domain.Customers;

/// <summary>
/// How the client writes to one recipient: the greeting (with {name} where the name goes), the sign-off, the
/// signature, what the recipient calls the client, and the register. Every part is optional: an empty part falls
/// back to the client's style profile (the customer-wide salutation, sign-off and signature every profile had
/// before per-recipient settings existed), adapted to the relationship, so no existing profile loses anything.
/// </summary>
public sealed record RecipientVoice(string? Greeting, string? SignOff, string? Signature, string? CallsClient, Closeness? Closeness)
{
    public static readonly RecipientVoice None = new(null, null, null, null, null);

    public bool IsEmpty => Greeting is null && SignOff is null && Signature is null && CallsClient is null && Closeness is null;

    /// <summary>The same voice with its text trimmed and checked; empty text becomes "not set".</summary>
    public RecipientVoice Checked()
    {
        if (Closeness is { } c && !Enum.IsDefined(c))
            throw new DomainValidationException(nameof(Closeness), $"'{c}' is not a register (formal, friend, family or intimate).");
        var voice = new RecipientVoice(
            Guard.Optional(Greeting, nameof(Greeting), Limits.ShortText),
            Guard.Optional(SignOff, nameof(SignOff), Limits.ShortText),
            Guard.Optional(Signature, nameof(Signature), Limits.Name),
            Guard.Optional(CallsClient, nameof(CallsClient), Limits.Name),
            Closeness);
        foreach (var (text, field) in new[] { (voice.Greeting, nameof(Greeting)), (voice.SignOff, nameof(SignOff)), (voice.Signature, nameof(Signature)), (voice.CallsClient, nameof(CallsClient)) })
            if (text is not null) PrintableText.Check(text, field);
        return voice;
    }
}
