using LetterStudio.Domain.Styles;
using LetterStudio.Domain.Orders;

namespace LetterStudio.Web.Features.Api;

// The API's answers, kept apart from the entities so the wire format changes only on purpose.

public sealed record OccasionDto(string Key, string Name, string Description);

public sealed record FontDto(string Id, string Name, float DefaultSize);

public sealed record AddressDto(string Line1, string? Line2, string City, string? Region, string PostalCode, string Country, IReadOnlyList<string> PrintedLines);

public sealed record RecipientDto(int Id, string Name, string CalledBy, string Relationship, AddressDto Address, bool IsTest);

/// <summary>An order; <c>isTest</c> says it was placed with a test key and will never be printed (Stripe's <c>livemode</c>, inverted).</summary>
public sealed record OrderDto(int Id, string Reference, OrderStatus Status, int RecipientId, string Occasion, string Brief, DateOnly RequestedDeliveryDate,
    long PriceMinor, string Currency, bool WantsProof, bool HasPdf, bool IsTest, IReadOnlyList<StatusChangeDto> History, LookDto Look, bool Envelope);

/// <summary>How the order's letter looks: its own, fixed when it was placed (another order never changes it).</summary>
public sealed record LookDto(string Font, double FontSizePt, string Ink, PaperSize Paper, Stationery Stationery, string? SignatureFont, bool SignatureUnderline)
{
    public static LookDto From(LetterLook l) => new(l.FontId, l.FontSizePt, l.InkColour, l.Paper, l.Stationery, l.SignatureFontId, l.SignatureUnderline);
}

/// <summary>An order in a list: what it is and where it stands. Its history is in <see cref="OrderDto"/> (GET /orders/{id}).</summary>
public sealed record OrderSummaryDto(int Id, string Reference, OrderStatus Status, int RecipientId, string Occasion, string Brief, DateOnly RequestedDeliveryDate,
    long PriceMinor, string Currency, bool WantsProof, bool HasPdf, bool IsTest, DateTimeOffset UpdatedAt);

public sealed record StatusChangeDto(OrderStatus? From, OrderStatus To, DateTimeOffset At, string? Reason);

public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

public sealed record CancelRequest(string Reason);

public sealed record CreateRecipientRequest(string Name, string? CalledBy, string Relationship, string Line1, string? Line2, string City, string? Region, string PostalCode, string Country,
    string? Greeting = null, string? SignOff = null, string? Signature = null, string? CallsClient = null, LetterStudio.Domain.Customers.Closeness? Closeness = null);

/// <param name="Greeting">How the client greets this recipient ("Dear Coach {name},"); stored on the recipient for every later letter too.</param>
/// <param name="SignOff">How the client signs off to this recipient; stored on the recipient.</param>
/// <param name="Memories">New memories for this letter, picked for it and kept in the recipient's file.</param>
public sealed record CreateOrderRequest(int RecipientId, string Occasion, string Brief, string? Avoid, DateOnly RequestedDeliveryDate,
    bool WantsProof = true, IReadOnlyList<int>? AnecdoteIds = null, bool Envelope = true,
    string? Greeting = null, string? SignOff = null, string? Signature = null, IReadOnlyList<NewMemoryRequest>? Memories = null);

/// <param name="When">A date (yyyy-MM-dd) or words ("summer 2019").</param>
/// <param name="People">Who is in it: role "recipient", "client" or "other" (the default), deceased true for those who have died.</param>
/// <param name="Sensitivity">Any of "death", "illness", "private"; an empty array says "nothing sensitive"; absent, it is read from the text.</param>
public sealed record NewMemoryRequest(string Text, string? When = null, IReadOnlyList<MemoryPersonRequest>? People = null, string? About = null, IReadOnlyList<string>? Sensitivity = null);

public sealed record MemoryPersonRequest(string Name, string? Role = null, bool Deceased = false);
