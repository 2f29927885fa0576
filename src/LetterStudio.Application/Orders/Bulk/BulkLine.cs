using LetterStudio.Domain.Customers;

namespace LetterStudio.Application.Orders.Bulk;

/// <summary>A row that passed every check: the recipient it names and the order it asks for.</summary>
public sealed record BulkLine(
    int Position,
    string Name,
    string? CalledBy,
    string Relationship,
    PostalAddress Address,
    string Occasion,
    string Brief,
    string? Avoid,
    DateOnly DeliveryDate,
    bool WantsProof,
    bool Envelope,
    IReadOnlyDictionary<string, string> MergeFields,
    long PriceMinor,
    string Currency,
    RecipientVoice? Voice = null,
    Portal.NewAnecdote? Memory = null);
