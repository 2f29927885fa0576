using LetterStudio.Domain.Orders;

namespace LetterStudio.Application.Orders;

/// <summary>Everything an order page shows, read in a few small queries.</summary>
public sealed record OrderDetail(
    int Id, string Reference, OrderStatus Status, DateOnly Due, string OccasionName, string CustomerName, string RecipientName,
    string CalledBy, string Relationship, string? AssignedWriter, string Brief, string? Avoid, long PriceCents, string Currency, bool WantsProof,
    IReadOnlyList<OrderAnecdoteView> Anecdotes, IReadOnlyList<OrderStatusChange> History, int? LetterRevision, string? LetterText,
    int CustomerId, int RecipientId, string OccasionKey);

/// <summary>An anecdote as chosen for one order.</summary>
public sealed record OrderAnecdoteView(int Id, string Text, string? When, IReadOnlyList<string> Tags, bool Pinned);
