namespace LetterStudio.Application.Customers;

/// <summary>A recipient as the customer types it into the address book; checked by the domain when saved.</summary>
public sealed record RecipientDetails(
    string? Name,
    string? CalledBy,
    string? Relationship,
    string? Line1,
    string? Line2,
    string? City,
    string? Region,
    string? PostalCode,
    string? CountryCode);
