using LetterStudio.Domain.Customers;

namespace LetterStudio.Domain.Common;

/// <summary>
/// What the studio can put on paper, as its hands and envelopes decide: whether a character can be written, and why an
/// addressed envelope would not fit. The web app builds it from the Handwriting library (its own coverage check and
/// envelope layout); <see cref="TextOnly"/> checks only what needs no fonts (control and format characters).
/// </summary>
public sealed class Printability(Func<int, bool> writable, Func<IReadOnlyList<string>, string, string?, string?> envelopeProblem)
{
    /// <summary>No font knowledge: control and format characters are still refused.</summary>
    public static Printability TextOnly { get; } = new(_ => true, (_, _, _) => null);

    /// <exception cref="DomainValidationException">The text cannot be printed.</exception>
    public void CheckText(string? text, string field, bool multiline = false) => PrintableText.Check(text, field, multiline, writable);

    /// <summary>
    /// A recipient as the envelope will carry them: the name and every address line writable, and the whole block
    /// fitting the envelope their country's post takes, in the customer's hand (<paramref name="fontId"/>; null: the default).
    /// </summary>
    /// <exception cref="DomainValidationException">Naming the field at fault, or "Address" when the block does not fit.</exception>
    public void CheckRecipient(string name, PostalAddress address, string? fontId, string prefix = "")
    {
        CheckText(name, prefix + "Name");
        CheckText(address.Line1, prefix + "Address.Line1");
        CheckText(address.Line2, prefix + "Address.Line2");
        CheckText(address.City, prefix + "Address.City");
        CheckText(address.Region, prefix + "Address.Region");
        CheckText(address.PostalCode, prefix + "Address.PostalCode");
        if (envelopeProblem([name, .. address.Lines()], address.CountryCode, fontId) is { } problem)
            throw new DomainValidationException(prefix + "Address", problem);
    }
}
