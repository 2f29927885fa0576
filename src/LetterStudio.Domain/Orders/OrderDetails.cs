using LetterStudio.Domain.Styles;

namespace LetterStudio.Domain.Orders;

/// <summary>
/// What a customer asks for when placing an order; validated by <see cref="Order.Place"/>. <paramref name="Look"/>
/// null takes the house look; the use cases fill it from the form or the customer's profile.
/// </summary>
public sealed record OrderDetails(
    int CustomerId,
    int RecipientId,
    string OccasionKey,
    string Brief,
    string? Avoid,
    DateOnly RequestedDeliveryDate,
    long PriceCents,
    string Currency,
    bool WantsProof,
    string? IdempotencyKey,
    IReadOnlyList<int> AnecdoteIds,
    string? RequestHash = null,
    bool IsTest = false,
    bool RepeatsYearly = false,
    IReadOnlyDictionary<string, string>? MergeFields = null,
    int? RepeatOfOrderId = null,
    LetterLook? Look = null,
    bool Envelope = true);
