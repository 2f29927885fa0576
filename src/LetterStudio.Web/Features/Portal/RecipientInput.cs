using LetterStudio.Application.Customers;
using LetterStudio.Domain.Customers;

namespace LetterStudio.Web.Features.Portal;

/// <summary>The address book form. The domain checks it (per country for the address), naming the field at fault.</summary>
public sealed class RecipientInput
{
    public string? Name { get; set; }
    public string? CalledBy { get; set; }
    public string? Relationship { get; set; }
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? City { get; set; }
    public string? Region { get; set; }
    public string? PostalCode { get; set; }
    public string? CountryCode { get; set; } = "GB";

    public static RecipientInput From(Recipient r) => new()
    {
        Name = r.Name, CalledBy = r.CalledBy, Relationship = r.Relationship,
        Line1 = r.Address.Line1, Line2 = r.Address.Line2, City = r.Address.City, Region = r.Address.Region,
        PostalCode = r.Address.PostalCode, CountryCode = r.Address.CountryCode,
    };

    public RecipientDetails ToDetails() => new(Name, CalledBy, Relationship, Line1, Line2, City, Region, PostalCode, CountryCode);

    /// <summary>The form field a domain refusal names: "Address.PostalCode" is the postal code line.</summary>
    public static string FieldOf(string domainField) => domainField.StartsWith("Address.", StringComparison.Ordinal) ? domainField["Address.".Length..] : domainField;

    /// <summary>The countries offered first; any other two-letter code is accepted with the generic checks.</summary>
    public static readonly (string Code, string Name)[] Countries =
    [
        ("GB", "United Kingdom"), ("US", "United States"), ("CA", "Canada"), ("DE", "Germany"), ("FR", "France"), ("AU", "Australia"),
        ("IE", "Ireland"), ("NZ", "New Zealand"), ("NL", "Netherlands"), ("BE", "Belgium"), ("ES", "Spain"), ("IT", "Italy"),
        ("CH", "Switzerland"), ("AT", "Austria"), ("SE", "Sweden"), ("DK", "Denmark"), ("NO", "Norway"),
    ];
}
