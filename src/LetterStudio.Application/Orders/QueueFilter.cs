using LetterStudio.Domain.Orders;

namespace LetterStudio.Application.Orders;

public enum QueueScope
{
    /// <summary>Mine and unassigned: the writer's working view.</summary>
    Open = 0,
    Mine = 1,
    Unassigned = 2,
    /// <summary>Every order; for admins (writers get Open instead).</summary>
    All = 3,
}

/// <summary>The queue's search and filters, as they appear in the page's query string.</summary>
public sealed record QueueFilter(QueueScope Scope = QueueScope.Open, OrderStatus? Status = null, string? Occasion = null, string? Search = null, int Page = 1)
{
    public const int PageSize = 50;
}
