using LetterStudio.Domain.Common;

namespace LetterStudio.Domain.Customers;

/// <summary>Someone in a customer's life who receives letters: an entry in the customer's address book.</summary>
public sealed class Recipient
{
    public int Id { get; private set; }
    public int CustomerId { get; private set; }
    public Customer Customer { get; private set; } = null!;
    public string Name { get; private set; } = "";
    /// <summary>What the customer calls them ("Mum", "Maggie"); the name the letter uses.</summary>
    public string CalledBy { get; private set; } = "";
    /// <summary>How they are related to the customer: wife, husband, mother, friend, colleague...</summary>
    public string Relationship { get; private set; } = "";
    public PostalAddress Address { get; private set; } = null!;
    /// <summary>
    /// Made with a test API key: seen and used only by test keys and test orders, never by live ones or the portal,
    /// as Stripe keeps test and live objects apart.
    /// </summary>
    public bool IsTest { get; private set; }

    private Recipient() { }

    internal Recipient(Customer customer, string name, string? calledBy, string relationship, PostalAddress address, bool isTest)
    {
        Customer = customer;
        IsTest = isTest;
        Name = Guard.Required(name, nameof(Name), Limits.Name);
        CalledBy = Guard.Optional(calledBy, nameof(CalledBy), Limits.Name) ?? Name;
        Relationship = Guard.Required(relationship, nameof(Relationship), Limits.Name);
        CheckPrintable();
        // A copy: the address is an EF-owned value, and one instance cannot belong to two rows.
        Address = address is null ? throw new DomainValidationException(nameof(Address), "is required.") : address with { };
    }

    // The name goes on the envelope and what they are called into the letter: nothing in them may be unprintable.
    private void CheckPrintable()
    {
        PrintableText.Check(Name, nameof(Name));
        PrintableText.Check(CalledBy, nameof(CalledBy));
        PrintableText.Check(Relationship, nameof(Relationship));
    }

    /// <summary>
    /// The customer's account was erased but an order kept for accounting names this recipient: only the country
    /// stays (postage and tax depend on it); the name and the address lines are blanked.
    /// </summary>
    public void Erase()
    {
        Name = "Erased recipient";
        CalledBy = Name;
        Relationship = "";
        Address = PostalAddress.ErasedIn(Address.CountryCode);
    }

    public void Update(string name, string? calledBy, string relationship, PostalAddress address)
    {
        Name = Guard.Required(name, nameof(Name), Limits.Name);
        CalledBy = Guard.Optional(calledBy, nameof(CalledBy), Limits.Name) ?? Name;
        Relationship = Guard.Required(relationship, nameof(Relationship), Limits.Name);
        CheckPrintable();
        // A copy: the address is an EF-owned value, and one instance cannot belong to two rows.
        Address = address is null ? throw new DomainValidationException(nameof(Address), "is required.") : address with { };
    }
}
