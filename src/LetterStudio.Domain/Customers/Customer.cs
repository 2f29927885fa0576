using LetterStudio.Domain.Common;

namespace LetterStudio.Domain.Customers;

/// <summary>Someone who orders letters; owns an address book of recipients.</summary>
public sealed class Customer
{
    private readonly List<Recipient> _recipients = [];

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    /// <summary>The customer's own postal address, used as the return address on envelopes.</summary>
    public PostalAddress? Address { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public IReadOnlyList<Recipient> Recipients => _recipients;

    private Customer() { }

    public Customer(string name, string email, PostalAddress? address, DateTimeOffset now)
    {
        Name = Guard.Required(name, nameof(Name), Limits.Name);
        Email = Guard.Email(email, nameof(Email));
        Address = address is null ? null : address with { };
        CreatedAt = now;
    }

    public void Rename(string name) => Name = Guard.Required(name, nameof(Name), Limits.Name);

    public void MoveTo(PostalAddress address) => Address = address with { };

    /// <summary>The customer asked for their account to be erased: the row stays only because kept orders name it.</summary>
    public void Erase()
    {
        Name = ErasedName;
        // Unique and never deliverable (.invalid is reserved, RFC 2606), so no mail can reach anyone through it.
        Email = $"erased-{Id}@erased.invalid";
        Address = null;
    }

    public const string ErasedName = "Erased customer";

    public Recipient AddRecipient(string name, string? calledBy, string relationship, PostalAddress address, bool isTest = false)
    {
        var recipient = new Recipient(this, name, calledBy, relationship, address, isTest);
        _recipients.Add(recipient);
        return recipient;
    }
}
