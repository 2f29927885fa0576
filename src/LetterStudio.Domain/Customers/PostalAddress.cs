using LetterStudio.Domain.Common;

namespace LetterStudio.Domain.Customers;

/// <summary>
/// A postal address as it will be printed on an envelope. For the countries the studio mails to most
/// (US, UK, Canada, Germany, France, Australia) the postal code and region are checked and normalised,
/// and <see cref="Lines"/> lays the address out as that country's post expects.
/// </summary>
public sealed record PostalAddress
{
    public string Line1 { get; private init; } = "";
    public string? Line2 { get; private init; }
    public string City { get; private init; } = "";
    public string? Region { get; private init; }
    public string PostalCode { get; private init; } = "";
    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public string CountryCode { get; private init; } = "";

    private PostalAddress() { }

    public static PostalAddress Create(string line1, string? line2, string city, string? region, string postalCode, string countryCode, string field = "Address")
    {
        var country = Guard.Required(countryCode, $"{field}.CountryCode", Limits.CountryCode).ToUpperInvariant();
        if (country.Length != 2 || !country.All(char.IsAsciiLetter))
            throw new DomainValidationException($"{field}.CountryCode", $"'{countryCode}' is not a two-letter country code.");
        var address = new PostalAddress
        {
            Line1 = Guard.Required(line1, $"{field}.Line1", Limits.AddressLine),
            Line2 = Guard.Optional(line2, $"{field}.Line2", Limits.AddressLine),
            City = Guard.Required(city, $"{field}.City", Limits.AddressLine),
            Region = Guard.Optional(region, $"{field}.Region", Limits.AddressLine),
            PostalCode = Guard.Required(postalCode, $"{field}.PostalCode", Limits.PostalCode),
            CountryCode = country,
        };
        // Every line ends on an envelope: no control or invisible formatting characters (the hands are checked where it is typed).
        PrintableText.Check(address.Line1, $"{field}.Line1");
        PrintableText.Check(address.Line2, $"{field}.Line2");
        PrintableText.Check(address.City, $"{field}.City");
        PrintableText.Check(address.Region, $"{field}.Region");
        PrintableText.Check(address.PostalCode, $"{field}.PostalCode");
        if (CountryAddressRules.For(country) is not { } rules) return address;
        var (code, state) = rules.Check(address.PostalCode, address.Region, field);
        return address with { PostalCode = code, Region = state };
    }

    /// <summary>
    /// Everything wrong with an address at once (every missing line, not only the first), for a form that shows each
    /// problem beside its field. Empty when <see cref="Create"/> would accept it.
    /// </summary>
    public static IReadOnlyList<DomainValidationException> Problems(string? line1, string? line2, string? city, string? region, string? postalCode, string? countryCode, string field = "Address")
    {
        var problems = new List<DomainValidationException>();
        void Check(Action check)
        {
            try { check(); }
            catch (DomainValidationException ex) { problems.Add(ex); }
        }
        Check(() => PrintableText.Check(Guard.Required(line1, $"{field}.Line1", Limits.AddressLine), $"{field}.Line1"));
        Check(() => PrintableText.Check(Guard.Optional(line2, $"{field}.Line2", Limits.AddressLine), $"{field}.Line2"));
        Check(() => PrintableText.Check(Guard.Required(city, $"{field}.City", Limits.AddressLine), $"{field}.City"));
        Check(() => PrintableText.Check(Guard.Optional(region, $"{field}.Region", Limits.AddressLine), $"{field}.Region"));
        Check(() => PrintableText.Check(Guard.Required(postalCode, $"{field}.PostalCode", Limits.PostalCode), $"{field}.PostalCode"));
        Check(() => Guard.Required(countryCode, $"{field}.CountryCode", Limits.CountryCode));
        // The country's own rules (postcode shape, region) once every line is there.
        if (problems.Count == 0) Check(() => Create(line1!, line2, city!, region, postalCode!, countryCode!, field));
        return problems;
    }

    /// <summary>An address whose lines were erased with the customer's account; only the country is kept.</summary>
    public static PostalAddress ErasedIn(string countryCode) => new() { CountryCode = countryCode };

    /// <summary>
    /// The address as envelope lines, top to bottom, in the layout of its country's post. The country line
    /// is left out for mail that stays in <paramref name="sendingFrom"/>.
    /// </summary>
    public IReadOnlyList<string> Lines(string? sendingFrom = null)
    {
        var lines = new List<string> { Line1 };
        if (Line2 is not null) lines.Add(Line2);
        var rules = CountryAddressRules.For(CountryCode);
        if (rules is not null) lines.AddRange(rules.LastLines(this));
        else lines.Add(Region is null ? $"{City} {PostalCode}" : $"{City}, {Region} {PostalCode}");
        if (!string.Equals(sendingFrom, CountryCode, StringComparison.OrdinalIgnoreCase))
            lines.Add(rules?.CountryName ?? CountryCode);
        return lines;
    }
}
