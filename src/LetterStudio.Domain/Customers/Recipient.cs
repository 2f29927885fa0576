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
    /// <summary>The client's greeting for this recipient ("Dear Coach Briggs,", "My darling {name},"); null: the style profile's.</summary>
    public string? Greeting { get; private set; }
    /// <summary>The client's sign-off for this recipient; null: the style profile's, adapted to the relationship.</summary>
    public string? SignOff { get; private set; }
    /// <summary>How the client signs to this recipient ("Dan", "Mum", "Daniel Reyes"); null: the style profile's signature.</summary>
    public string? Signature { get; private set; }
    /// <summary>What this recipient calls the client ("Danny", "Mum"): how the letter may speak of the client.</summary>
    public string? CallsClient { get; private set; }
    /// <summary>The register the client set for this recipient; null: read from the relationship.</summary>
    public Closeness? Closeness { get; private set; }

    /// <summary>How the client writes to this recipient, as stored.</summary>
    public RecipientVoice Voice => new(Greeting, SignOff, Signature, CallsClient, Closeness);

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
        // How the client greeted and signed to this person is theirs too.
        SetVoice(RecipientVoice.None);
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

    /// <summary>Sets how the client writes to this recipient; an empty part falls back to the style profile.</summary>
    public void SetVoice(RecipientVoice voice)
    {
        var v = (voice ?? RecipientVoice.None).Checked();
        Greeting = v.Greeting;
        SignOff = v.SignOff;
        Signature = v.Signature;
        CallsClient = v.CallsClient;
        Closeness = v.Closeness;
    }
}
