using System.Globalization;
using System.Text.RegularExpressions;
using LetterStudio.Domain.Common;

namespace LetterStudio.Domain.Customers;

/// <summary>
/// How one country writes a postal address: which lines it needs, the shape of its postal code, and how
/// the last lines are laid out on an envelope. Countries without rules get the generic checks only.
/// </summary>
internal sealed partial record CountryAddressRules(
    string Country,
    string CountryName,
    Regex PostalCode,
    string PostalCodeExample,
    IReadOnlySet<string>? Regions,
    string? RegionName,
    Func<string, string> NormalisePostalCode,
    Func<PostalAddress, IEnumerable<string>> LastLines)
{
    private static readonly Dictionary<string, CountryAddressRules> ByCountry = new[]
    {
        new CountryAddressRules("US", "UNITED STATES", UsZip(), "12345 or 12345-6789",
            Set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP"),
            "state (two letters)", p => p, a => [$"{a.City.ToUpperInvariant()} {a.Region} {a.PostalCode}"]),
        new CountryAddressRules("GB", "UNITED KINGDOM", UkPostcode(), "SW1A 1AA", null, null,
            p => { var c = p.Replace(" ", "").ToUpperInvariant(); return $"{c[..^3]} {c[^3..]}"; },
            a => [a.City.ToUpperInvariant(), a.PostalCode]),
        new CountryAddressRules("CA", "CANADA", CaPostalCode(), "K1A 0B1",
            Set("AB BC MB NB NL NS NT NU ON PE QC SK YT"), "province (two letters)",
            p => { var c = p.Replace(" ", "").ToUpperInvariant(); return $"{c[..3]} {c[3..]}"; },
            a => [$"{a.City.ToUpperInvariant()} {a.Region}  {a.PostalCode}"]),
        new CountryAddressRules("DE", "GERMANY", FiveDigits(), "10115", null, null, p => p, a => [$"{a.PostalCode} {a.City}"]),
        new CountryAddressRules("FR", "FRANCE", FiveDigits(), "75003", null, null, p => p, a => [$"{a.PostalCode} {a.City.ToUpperInvariant()}"]),
        new CountryAddressRules("AU", "AUSTRALIA", FourDigits(), "2000",
            Set("ACT NSW NT QLD SA TAS VIC WA"), "state or territory (NSW, VIC, ...)", p => p,
            a => [$"{a.City.ToUpperInvariant()} {a.Region} {a.PostalCode}"]),
    }.ToDictionary(r => r.Country);

    public static CountryAddressRules? For(string country) => ByCountry.GetValueOrDefault(country);

    /// <summary>Checks the code and region; returns them normalised, or throws naming the line at fault.</summary>
    public (string PostalCode, string? Region) Check(string postalCode, string? region, string field)
    {
        var code = Regex.Replace(postalCode.Trim(), @"\s+", " ");
        if (!PostalCode.IsMatch(code))
            throw new DomainValidationException($"{field}.PostalCode", $"'{postalCode}' does not look like a postcode in {InWords} (for example {PostalCodeExample}).");
        if (Regions is null) return (NormalisePostalCode(code), region);
        var state = region?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(state))
            throw new DomainValidationException($"{field}.Region", $"is needed for an address in {InWords}: the {RegionName}.");
        if (!Regions.Contains(state))
            throw new DomainValidationException($"{field}.Region", $"'{region}' is not a {RegionName} in {InWords}.");
        return (NormalisePostalCode(code), state);
    }

    /// <summary>The country inside a sentence ("the United States", "Canada"); <see cref="CountryName"/> is its envelope line.</summary>
    public string InWords => Country switch
    {
        "US" => "the United States",
        "GB" => "the United Kingdom",
        _ => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(CountryName.ToLowerInvariant()),
    };

    private static HashSet<string> Set(string codes) => [.. codes.Split(' ')];

    [GeneratedRegex(@"^\d{5}(-\d{4})?$")] private static partial Regex UsZip();
    [GeneratedRegex(@"^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$")] private static partial Regex UkPostcode();
    [GeneratedRegex(@"^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$")] private static partial Regex CaPostalCode();
    [GeneratedRegex(@"^\d{5}$")] private static partial Regex FiveDigits();
    [GeneratedRegex(@"^\d{4}$")] private static partial Regex FourDigits();
}
